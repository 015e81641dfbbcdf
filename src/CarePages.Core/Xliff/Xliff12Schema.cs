using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// The OASIS XLIFF 1.2 strict schema, embedded with the W3C <c>xml.xsd</c> it imports by URL, so validation
/// never touches the network.
/// </summary>
internal static class Xliff12Schema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    /// <summary>The compiled schema set (xml.xsd, then the 1.2 strict schema).</summary>
    public static XmlSchemaSet Schemas => Set.Value;

    /// <summary>
    /// The faults of <paramref name="document"/>, whose root was read as 1.2 (<see cref="XliffRoot"/>), against the strict
    /// schema, first ones first; empty when valid. They are notes to be written in the reader's language (.NET's schema
    /// messages stay English inside them).
    /// </summary>
    public static IReadOnlyList<ExchangeNote> Faults(XDocument document, int maxFaults = 10)
    {
        ArgumentNullException.ThrowIfNull(document);
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
