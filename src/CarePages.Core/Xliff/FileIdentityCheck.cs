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
                    ? $"File for document {original} carries no job id; expected job {job.JobId}."
                    : $"File for document {original} belongs to job {file.JobId}, not to job {job.JobId}."));
            }

            if (!string.Equals(file.TargetLanguage, job.TargetCulture, StringComparison.OrdinalIgnoreCase))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.WrongTargetLanguage,
                    $"File for document {original} is in target language \"{file.TargetLanguage}\"; job {job.JobId} translates into {job.TargetCulture}."));
            }

            if (!string.Equals(file.SourceLanguage, job.SourceCulture, StringComparison.OrdinalIgnoreCase))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.WrongSourceLanguage,
                    $"File for document {original} has source language \"{file.SourceLanguage}\"; job {job.JobId} translates from {job.SourceCulture}."));
            }

            var document = Guid.TryParse(original, out var key) ? job.Documents.FirstOrDefault(d => d.Key == key) : null;
            if (document is null)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.UnknownDocument, $"Document \"{original}\" is not part of job {job.JobId}."));
            }

            if (!seen.Add(key))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.DuplicateDocument, $"Document {original} appears in more than one <file>."));
            }

            var duplicate = file.Units.GroupBy(u => u.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.DuplicateUnitIds,
                    $"Document {original}: unit id \"{duplicate.Key}\" is used by {duplicate.Count()} {unitElementName}s."));
            }

            files.Add((file, document));
        }

        return (files, null);
    }
}
