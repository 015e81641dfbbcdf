using System.Xml.Linq;
using System.Xml.Schema;

namespace CarePages.Core.Xliff.Validation;

/// <summary>
/// The compiled schema set per version: 1.2 strict; 2.0/2.1 core with every module (fs, glossary, matches, metadata,
/// resource data, size restriction, validation, ITS, change tracking); 2.2 core with its modules and plural/gender/select.
/// </summary>
internal static class XliffSchemaSets
{
    private static readonly Lazy<XmlSchemaSet> Xliff20 = new(() => EmbeddedSchemas.Compile(
        "xml.xsd", "Xliff20.xliff_core_2.0.xsd", "Xliff20.metadata.xsd", "Xliff20.matches.xsd", "Xliff20.glossary.xsd",
        "Xliff20.fs.xsd", "Xliff20.resource_data.xsd", "Xliff20.size_restriction.xsd", "Xliff20.validation.xsd",
        "Xliff20.its.xsd", "Xliff20.itsm.xsd", "Xliff20.change_tracking.xsd"));

    private static readonly Lazy<XmlSchemaSet> Xliff22 = new(() => EmbeddedSchemas.Compile(
        "xml.xsd", "Xliff20.metadata.xsd", "Xliff22.xliff_core_2.2.xsd", "Xliff22.matches.xsd", "Xliff20.glossary.xsd",
        "Xliff20.fs.xsd", "Xliff22.resource_data.xsd", "Xliff20.size_restriction.xsd", "Xliff22.validation.xsd",
        "Xliff22.its.xsd", "Xliff20.itsm.xsd", "Xliff22.plural_gender_select.xsd"));

    /// <summary>The schema set of <paramref name="version"/> (a known one).</summary>
    public static XmlSchemaSet For(XliffVersion version) => version switch
    {
        XliffVersion.Xliff12 => Xliff12Schema.Schemas,
        XliffVersion.Xliff22 => Xliff22.Value,
        _ => Xliff20.Value,
    };

    /// <summary>The schema faults of <paramref name="document"/> against <paramref name="schemas"/>, in document order; errors and warnings alike; located when <paramref name="locateFaults"/>.</summary>
    public static IReadOnlyList<XliffValidationFault> Validate(XDocument document, XmlSchemaSet schemas, bool locateFaults)
    {
        var faults = new List<XliffValidationFault>();
        document.Validate(schemas, (sender, e) => faults.Add(XliffFaults.At(locateFaults ? sender as XObject : null, XliffValidationCodes.Schema, e.Message)));
        return faults;
    }
}
