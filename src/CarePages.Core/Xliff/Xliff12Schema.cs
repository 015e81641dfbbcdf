using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CarePages.Core.Translation.Messages;

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
    public static IReadOnlyList<string> Validate(XDocument document, int maxFaults = 10) =>
        Faults(document, maxFaults).Select(f => f.English).ToArray();

    /// <summary>The faults <see cref="Validate"/> finds, as notes to be written in the reader's language (.NET's schema messages stay English inside them).</summary>
    internal static IReadOnlyList<ExchangeNote> Faults(XDocument document, int maxFaults = 10)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root;
        if (root is null || root.Name != XName.Get("xliff", Xliff12Names.Namespace) || (string?)root.Attribute("version") != "1.2")
        {
            return [ExchangeNote.Keyed(XliffMessages.SchemaRoot, ("namespace", Xliff12Names.Namespace))];
        }

        var faults = new List<ExchangeNote>();
        document.Validate(Schemas, (sender, e) =>
        {
            if (faults.Count < maxFaults)
            {
                var fault = ExchangeNote.Keyed(XliffMessages.SchemaFault, ("detail", e.Message));
                faults.Add(FaultLocation.At(sender as XObject, fault));
            }
        });
        return faults;
    }

    private static XmlSchemaSet Load() => EmbeddedSchemas.Compile("xml.xsd", "xliff-core-1.2-strict.xsd");
}
