using CarePages.Core.Translation.Exchange;

namespace CarePages.Core.Xliff;

/// <summary>
/// The import steps every XLIFF version shares, in order: size limit before parsing, a secure parse (no DTD, no
/// resolver), the version's root, the files' identity (job id, languages, known documents, unique unit ids), the
/// version's structure check, then each document all-or-nothing with a report per unit.
/// </summary>
internal static class XliffImportPipeline
{
    /// <summary>Imports <paramref name="input"/> with the format <paramref name="formatFor"/> picks for the root, read once.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options, Func<XliffRoot, IXliffReadFormat> formatFor)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(job);
        options ??= new XliffImportOptions();
        var bytes = BoundedRead.Read(input, options.MaxFileBytes);
        var (xliff, failure) = SecureXmlLoader.Load(bytes, options.MaxFileBytes, options.MaxNestingDepth, lineInfo: false);
        if (failure is not null)
        {
            return failure;
        }

        var root = XliffRoot.Of(xliff!.Root!);
        var format = formatFor(root);
        if (format.RefuseRoot(root) is { } notThisVersion)
        {
            return notThisVersion;
        }

        var (files, refused) = FileIdentityCheck.Check(format.ReadFiles(xliff), job, format.UnitElementName);
        if (refused is not null)
        {
            return refused;
        }

        var faults = format.ValidateStructure(xliff, root);
        if (faults.Count > 0)
        {
            // Only faults need line numbers, so a refused file is read again with them and checked again, to the same faults.
            faults = format.ValidateStructure(SecureXmlLoader.Load(bytes, options.MaxFileBytes, options.MaxNestingDepth, lineInfo: true).Document!, root);
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

        var status = ImportStatusDecision.Of(documents.Select(d => d.Applied ? DocumentImportOutcome.Applied : DocumentImportOutcome.NotApplied).ToArray());
        return new XliffImportResult { Status = AsXliffStatus(status), Units = units, Documents = documents };
    }

    // The same status by the XLIFF result's names; an XLIFF file alone is never already applied nor kept newer translations.
    private static XliffImportStatus AsXliffStatus(TranslationImportStatus status) => status switch
    {
        TranslationImportStatus.Success => XliffImportStatus.Success,
        TranslationImportStatus.PartlyApplied => XliffImportStatus.PartlyApplied,
        _ => XliffImportStatus.NothingApplied,
    };

    /// <summary>Imports the file held in <paramref name="xliff"/>.</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options, Func<XliffRoot, IXliffReadFormat> formatFor)
    {
        ArgumentNullException.ThrowIfNull(xliff);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xliff));
        return Import(stream, job, options, formatFor);
    }
}
