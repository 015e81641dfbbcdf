using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CarePages.Core.Xliff;

/// <summary>
/// The OASIS XLIFF 1.2 strict schema, embedded with the W3C <c>xml.xsd</c> it imports by URL, so validation
/// never touches the network.
/// </summary>
public static class Xliff12Schema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    /// <summary>The compiled schema set (xml.xsd, then the 1.2 strict schema).</summary>
    public static XmlSchemaSet Schemas => Set.Value;

    /// <summary>
    /// Validates <paramref name="document"/> against the strict schema and asserts the 1.2 root itself (a file in
    /// another namespace would otherwise pass silently). Returns the faults, first ones first; empty when valid.
    /// </summary>
    public static IReadOnlyList<string> Validate(XDocument document, int maxFaults = 10)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root;
        if (root is null || root.Name != XName.Get("xliff", Xliff12Names.Namespace) || (string?)root.Attribute("version") != "1.2")
        {
            return [$"The root is not an XLIFF 1.2 <xliff version=\"1.2\"> in {Xliff12Names.Namespace}."];
        }

        var faults = new List<string>();
        document.Validate(Schemas, (sender, e) =>
        {
            if (faults.Count < maxFaults)
            {
                var line = sender is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}: " : string.Empty;
                faults.Add(line + e.Message);
            }
        });
        return faults;
    }

    private static XmlSchemaSet Load() => EmbeddedSchemas.Compile("xml.xsd", "xliff-core-1.2-strict.xsd");
}
