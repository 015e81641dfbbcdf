using CarePages.Core.Translation.Exchange;

namespace CarePages.Core.Xliff;

/// <summary>
/// The import steps every XLIFF version shares, in order: size limit before parsing, a secure parse (no DTD, no
/// resolver), the version's root, the files' identity (job id, languages, known documents, unique unit ids), the
/// version's structure check, then each document all-or-nothing with a report per unit. Files are read, rules
/// checked and documents imported side by side on up to <see cref="XliffImportOptions.MaxDegreeOfParallelism"/>
/// threads; the result is the same, in the same order, on one thread.
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

        var parallelism = Math.Max(1, options.MaxDegreeOfParallelism);
        var (files, refused) = FileIdentityCheck.Check(format.ReadFiles(xliff, parallelism), job, format.UnitElementName);
        if (refused is not null)
        {
            return refused;
        }

        var faults = format.ValidateStructure(xliff, root, parallelism);
        if (faults.Count > 0)
        {
            // Only faults need line numbers, so a refused file is read again with them and checked again, to the same faults.
            faults = format.ValidateStructure(SecureXmlLoader.Load(bytes, options.MaxFileBytes, options.MaxNestingDepth, lineInfo: true).Document!, root, parallelism);
            return XliffImportResult.Refused(XliffImportStatus.SchemaInvalid, [.. faults]);
        }

        var (documents, units) = ImportDocuments(job, files, format.Vocabulary, parallelism);
        var status = ImportStatusDecision.Of(documents.Select(d => d.Applied ? DocumentImportOutcome.Applied : DocumentImportOutcome.NotApplied).ToArray());
        return new XliffImportResult { Status = AsXliffStatus(status), Units = units, Documents = documents };
    }

    // Documents are independent (each its own file element, each rebuilt into its own split of the source), so they are imported side by side.
    private static (List<XliffDocumentImport> Documents, List<XliffUnitReport> Units) ImportDocuments(
        XliffExportJob job, List<(ReturnedFile File, XliffExportDocument Document)> files, InlineVocabulary vocabulary, int parallelism)
    {
        var imported = SideBySide.Map(files.Count, parallelism, i => DocumentImporter.Import(job, files[i].File, files[i].Document, vocabulary));
        return ([.. imported.Select(i => i.Document)], [.. imported.SelectMany(i => i.Units)]);
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
