using System.Xml;

namespace CarePages.Core.Xliff;

/// <summary>
/// Writes an export job as one XLIFF 2.1 or 2.2 file: a <c>&lt;file id&gt;</c> per document (its key), the job id
/// in the file's <c>&lt;mda:metadata&gt;</c>, one <c>&lt;unit&gt;</c> per plain-text field, rich-text block and
/// <c>alt</c>/<c>title</c> text, inline markup as <c>&lt;pc&gt;</c>/<c>&lt;ph/&gt;</c> whose HTML sits in
/// <c>&lt;originalData&gt;</c>, and the field's name and length limit in notes and the size-restriction module.
/// Units, codes and ids are planned exactly as for 1.2, so both versions import through the same steps.
/// </summary>
internal static class Xliff2Writer
{
    /// <summary>Writes the job's file to <paramref name="output"/> as UTF-8, in <paramref name="version"/> (2.1 or 2.2).</summary>
    public static void Write(XliffExportJob job, Stream output, XliffVersion version = XliffVersion.Xliff21)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(output);
        if (version is not (XliffVersion.Xliff21 or XliffVersion.Xliff22))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "The XLIFF 2 writer writes 2.1 or 2.2; 1.2 has its own writer.");
        }

        var ns = XliffVersions.Namespace(version);
        using var writer = XmlWriter.Create(output, XmlOutput.Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("xliff", ns);
        writer.WriteAttributeString("xmlns", "mda", null, XliffNamespaces.Metadata);
        writer.WriteAttributeString("xmlns", "slr", null, XliffNamespaces.SizeRestriction);
        writer.WriteAttributeString("xmlns", "mtc", null, XliffNamespaces.Matches);
        writer.WriteAttributeString("version", XliffVersions.Number(version));
        writer.WriteAttributeString("srcLang", job.SourceCulture);
        writer.WriteAttributeString("trgLang", job.TargetCulture);
        foreach (var plan in job.Documents.Select(d => new DocumentPlan(d)).Where(p => p.Units.Count > 0))
        {
            new Xliff2FileWriter(writer, ns, job, plan).Write();
        }

        XmlOutput.NewLine(writer, 0);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The job's file as a string.</summary>
    public static string WriteToString(XliffExportJob job, XliffVersion version = XliffVersion.Xliff21) =>
        XmlOutput.ToText(stream => Write(job, stream, version));
}
