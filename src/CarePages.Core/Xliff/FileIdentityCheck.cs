using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// Checks each <c>&lt;file&gt;</c> belongs to the job before any unit is looked at: job id, languages, a known
/// document named once, unit ids unique. Any failure refuses the whole file.
/// </summary>
internal static class FileIdentityCheck
{
    private static readonly XNamespace Ns = Xliff12Names.Namespace;

    /// <summary>The files paired with their job documents, or the refusal.</summary>
    public static (List<(XElement File, XliffExportDocument Document)> Files, XliffImportResult? Failure) Check(XDocument xliff, XliffExportJob job)
    {
        var files = new List<(XElement, XliffExportDocument)>();
        var seen = new HashSet<Guid>();
        foreach (var file in xliff.Root!.Elements(Ns + "file"))
        {
            var original = (string?)file.Attribute("original") ?? string.Empty;
            var jobId = file.Element(Ns + "header")?.Element(Ns + "phase-group")?.Elements(Ns + "phase")
                .Select(p => (string?)p.Attribute("job-id")).FirstOrDefault(id => id is not null);
            if (jobId != job.JobId)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.UnknownJob, jobId is null
                    ? $"File for document {original} carries no job id; expected job {job.JobId}."
                    : $"File for document {original} belongs to job {jobId}, not to job {job.JobId}."));
            }

            var target = (string?)file.Attribute("target-language");
            if (!string.Equals(target, job.TargetCulture, StringComparison.OrdinalIgnoreCase))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.WrongTargetLanguage,
                    $"File for document {original} is in target language \"{target}\"; job {job.JobId} translates into {job.TargetCulture}."));
            }

            var source = (string?)file.Attribute("source-language");
            if (!string.Equals(source, job.SourceCulture, StringComparison.OrdinalIgnoreCase))
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.WrongSourceLanguage,
                    $"File for document {original} has source language \"{source}\"; job {job.JobId} translates from {job.SourceCulture}."));
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

            var duplicate = file.Descendants(Ns + "trans-unit").GroupBy(u => (string?)u.Attribute("id") ?? string.Empty, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                return (files, XliffImportResult.Refused(XliffImportStatus.DuplicateUnitIds,
                    $"Document {original}: unit id \"{duplicate.Key}\" is used by {duplicate.Count()} trans-units."));
            }

            files.Add((file, document));
        }

        return (files, null);
    }
}
