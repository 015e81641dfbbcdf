using CarePages.Core.MarkdownExchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Reads a returned file with the reader of its job's format, giving per document the translated fields or the
/// rejected units, or a refusal of the whole file.
/// </summary>
internal static class ReturnedFileReader
{
    public static (IReadOnlyList<ImportedDocument> Documents, TranslationImportReport? Refusal) Read(
        byte[] content, TranslationJob job, ExchangeFileIdentity identity, TranslationExchangeOptions options, CancellationToken cancellationToken) =>
        job.Format == ExchangeFormat.Markdown ? ReadMarkdown(content, job, identity, options, cancellationToken) : ReadXliff(content, job, options);

    private static (IReadOnlyList<ImportedDocument>, TranslationImportReport?) ReadXliff(byte[] content, TranslationJob job, TranslationExchangeOptions options)
    {
        using var stream = new MemoryStream(content, writable: false);
        var result = XliffExchange.Import(stream, job.Export, new XliffImportOptions { MaxFileBytes = options.MaxFileBytes, MaxDegreeOfParallelism = options.ImportParallelism });
        if (result.Status is not (XliffImportStatus.Success or XliffImportStatus.PartlyApplied or XliffImportStatus.NothingApplied))
        {
            var status = result.Status switch
            {
                XliffImportStatus.FileTooLarge => TranslationImportStatus.FileTooLarge,
                XliffImportStatus.UnknownJob => TranslationImportStatus.UnknownJob,
                _ => TranslationImportStatus.FileRefused,
            };
            return ([], TranslationImportReport.Refused(status, job.JobId, job.TargetCulture, [.. result.Notes]));
        }

        return (result.Documents.Select(d => FromXliff(d, result.Units.Where(u => u.DocumentKey == d.Key).ToArray())).ToArray(), null);
    }

    /// <summary>The imported document of one applied or refused XLIFF document, its units reported.</summary>
    public static ImportedDocument FromXliff(XliffDocumentImport document, IReadOnlyList<XliffUnitReport> units)
    {
        var rejected = units.Where(u => u.Outcome == XliffUnitOutcome.Rejected)
            .Select(u => new FieldImportReport(u.UnitId, FieldImportOutcome.Rejected).Because(u.ReasonNote!))
            .ToArray();
        var fields = document.Applied
            ? document.Fields.Select(f => (new TranslatedField(new FieldPath(f.FieldPath), f.Kind.ToFieldKind(), f.Value),
                (IReadOnlyList<ExchangeNote>)f.Removals.Select(r => r.Note).ToArray())).ToArray()
            : [];
        var accepted = units.Where(u => u.Outcome == XliffUnitOutcome.Accepted).Select(u => u.UnitId).ToArray();
        return new ImportedDocument(document.Key, fields, rejected, accepted);
    }

    private static (IReadOnlyList<ImportedDocument>, TranslationImportReport?) ReadMarkdown(
        byte[] content, TranslationJob job, ExchangeFileIdentity identity, TranslationExchangeOptions options, CancellationToken cancellationToken)
    {
        var document = job.Export.Documents.FirstOrDefault(d => d.Key == identity.DocumentKey);
        if (document is null)
        {
            return ([], TranslationImportReport.Refused(TranslationImportStatus.FileRefused, job.JobId, identity.DocumentKey is { } named
                ? ExchangeNote.Keyed(MarkdownMessages.DocumentNotInJob, ("document", named), ("job", job.JobId))
                : ExchangeNote.Keyed(MarkdownMessages.NoDocument, ("job", job.JobId))));
        }

        var fields = JobFields.Of(document);
        var header = new ExchangeFileHeader(job.JobId, document.Key, job.SourceCulture, job.TargetCulture);
        var read = MarkdownFileReader.Read(ExchangeFileText.Decode(content), header, fields, options.MaxFieldLength, cancellationToken);
        if (!read.Succeeded)
        {
            var rejected = read.Errors.Select(e => new FieldImportReport(e.FieldId ?? FieldLabels.WholeFile, FieldImportOutcome.Rejected).Because(e.Located)).ToArray();
            return ([new ImportedDocument(document.Key, [], rejected, [])], null);
        }

        var kinds = fields.ToDictionary(f => f.Id, f => f.Kind, StringComparer.Ordinal);
        var translated = read.Fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (new TranslatedField(new FieldPath(f.Id), kinds[f.Id], f.Value), (IReadOnlyList<ExchangeNote>)f.Warnings.Select(w => w.Note).ToArray()))
            .ToArray();
        return ([new ImportedDocument(document.Key, translated, [], read.Fields.Select(f => f.Id).ToArray())], null);
    }
}
