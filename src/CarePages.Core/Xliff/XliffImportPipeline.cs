using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// The import steps every XLIFF version shares, in order: size limit before parsing, a secure parse (no DTD, no
/// resolver), the version's root, the files' identity (job id, languages, known documents, unique unit ids), the
/// version's structure check, then each document all-or-nothing with a report per unit.
/// </summary>
internal static class XliffImportPipeline
{
    /// <summary>Imports <paramref name="input"/> with the format <paramref name="formatFor"/> picks from the root.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options, Func<XElement, IXliffReadFormat> formatFor)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(job);
        options ??= new XliffImportOptions();
        var (xliff, failure) = SecureXmlLoader.Load(input, options.MaxFileBytes, options.MaxNestingDepth);
        if (failure is not null)
        {
            return failure;
        }

        var format = formatFor(xliff!.Root!);
        if (format.RefuseRoot(xliff.Root!) is { } notThisVersion)
        {
            return notThisVersion;
        }

        var (files, refused) = FileIdentityCheck.Check(format.ReadFiles(xliff), job, format.UnitElementName);
        if (refused is not null)
        {
            return refused;
        }

        var faults = format.ValidateStructure(xliff);
        if (faults.Count > 0)
        {
            return XliffImportResult.Refused(XliffImportStatus.SchemaInvalid, [.. faults]);
        }

        var documents = new List<XliffDocumentImport>();
        var units = new List<XliffUnitReport>();
        foreach (var (file, document) in files)
        {
            var (imported, reports) = DocumentImporter.Import(job, file, document, format.Vocabulary);
            documents.Add(imported);
            units.AddRange(reports);
        }

        var applied = documents.Count(d => d.Applied);
        var status = applied == documents.Count && applied > 0 ? XliffImportStatus.Success
            : applied > 0 ? XliffImportStatus.PartlyApplied
            : XliffImportStatus.NothingApplied;
        return new XliffImportResult { Status = status, Units = units, Documents = documents };
    }

    /// <summary>Imports the file held in <paramref name="xliff"/>.</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options, Func<XElement, IXliffReadFormat> formatFor)
    {
        ArgumentNullException.ThrowIfNull(xliff);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xliff));
        return Import(stream, job, options, formatFor);
    }
}
