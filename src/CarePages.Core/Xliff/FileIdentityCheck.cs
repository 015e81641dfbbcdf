using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// Checks each returned <c>&lt;file&gt;</c> belongs to the job before any unit is looked at: job id, languages, a
/// known document named once, unit ids unique. Any failure refuses the whole file. The same for every XLIFF version.
/// </summary>
internal static class FileIdentityCheck
{
    /// <summary>The files paired with their job documents, or the refusal.</summary>
    public static (List<(ReturnedFile File, XliffExportDocument Document)> Files, XliffImportResult? Failure) Check(
        IReadOnlyList<ReturnedFile> returned, XliffExportJob job, string unitElementName)
    {
        var files = new List<(ReturnedFile, XliffExportDocument)>();
        var seen = new HashSet<Guid>();
        foreach (var file in returned)
        {
            var original = file.DocumentRef;
            if (file.JobId != job.JobId)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.UnknownJob, file.JobId is null
                    ? ExchangeNote.Keyed(XliffMessages.NoJobId, ("document", original), ("job", job.JobId))
                    : ExchangeNote.Keyed(XliffMessages.OtherJob, ("document", original), ("fileJob", file.JobId), ("job", job.JobId))));
            }

            if (!string.Equals(file.TargetLanguage, job.TargetCulture, StringComparison.OrdinalIgnoreCase))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.WrongTargetLanguage,
                    ExchangeNote.Keyed(XliffMessages.WrongTargetLanguage,
                    ("document", original), ("language", file.TargetLanguage ?? string.Empty), ("job", job.JobId), ("culture", job.TargetCulture))));
            }

            if (!string.Equals(file.SourceLanguage, job.SourceCulture, StringComparison.OrdinalIgnoreCase))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.WrongSourceLanguage,
                    ExchangeNote.Keyed(XliffMessages.WrongSourceLanguage,
                    ("document", original), ("language", file.SourceLanguage ?? string.Empty), ("job", job.JobId), ("culture", job.SourceCulture))));
            }

            var document = Guid.TryParse(original, out var key) ? job.Documents.FirstOrDefault(d => d.Key == key) : null;
            if (document is null)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.UnknownDocument, ExchangeNote.Keyed(XliffMessages.UnknownDocument, ("document", original), ("job", job.JobId))));
            }

            if (!seen.Add(key))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.DuplicateDocument, ExchangeNote.Keyed(XliffMessages.DuplicateDocument, ("document", original))));
            }

            var duplicate = file.Units.GroupBy(u => u.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.DuplicateUnitIds,
                    ExchangeNote.Counted(XliffMessages.DuplicateUnitId, duplicate.Count(), ("document", original), ("unit", duplicate.Key), ("element", unitElementName))));
            }

            files.Add((file, document));
        }

        return (files, null);
    }
}
