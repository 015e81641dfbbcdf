using System.Xml;
using System.Xml.Schema;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>
/// The OASIS XLIFF 2.x core schemas (2.0 core for 2.1, 2.2 core for 2.2) and the module schemas the export uses
/// (Metadata, Size Restriction, Translation Candidates), loaded from the project's shared copy of the standards, never from the network.
/// </summary>
internal static class Xliff2Schemas
{
    private static readonly Dictionary<XliffVersion, XmlSchemaSet> Sets = [];
    private static readonly Lock Gate = new();

    /// <summary>The shared <c>standards/xliff</c> folder: <c>CAREPAGES_XLIFF_STANDARDS</c>, else <see cref="SharedStandards.Xliff"/>.</summary>
    public static string StandardsFolder { get; } = Environment.GetEnvironmentVariable("CAREPAGES_XLIFF_STANDARDS") ?? SharedStandards.Xliff;

    /// <summary>
    /// Validates <paramref name="xliff"/> against <paramref name="version"/>'s schemas with warnings reported
    /// (an element no schema knows is a warning, and counts as a fault). Returns the faults; empty when valid.
    /// </summary>
    public static List<string> Validate(string xliff, XliffVersion version)
    {
        var faults = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            Schemas = SetFor(version),
        };
        settings.ValidationEventHandler += (_, e) => faults.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xliff), settings);
        while (reader.Read())
        {
        }

        return faults;
    }

    private static XmlSchemaSet SetFor(XliffVersion version)
    {
        lock (Gate)
        {
            if (!Sets.TryGetValue(version, out var set))
            {
                set = Load(version);
                Sets[version] = set;
            }

            return set;
        }
    }

    private static XmlSchemaSet Load(XliffVersion version)
    {
        var folder = Path.Combine(StandardsFolder, version == XliffVersion.Xliff22 ? "xliff-22" : "xliff-21", "schemas");
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Read(Path.Combine(StandardsFolder, "xliff-21", "schemas", "informativeCopiesOf3rdPartySchemas", "w3c", "xml.xsd")));
        set.Add(Read(Path.Combine(folder, "metadata.xsd")));
        set.Add(Read(Path.Combine(folder, "size_restriction.xsd")));
        set.Add(Read(Path.Combine(folder, "matches.xsd")));
        set.Add(Read(Path.Combine(folder, version == XliffVersion.Xliff22 ? "xliff_core_2.2.xsd" : "xliff_core_2.0.xsd")));
        set.Compile();
        return set;
    }

    private static XmlSchema Read(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XmlSchema.Read(reader, null)!;
    }
}
