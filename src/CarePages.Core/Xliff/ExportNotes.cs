namespace CarePages.Core.Xliff;

/// <summary>Notes told to translators, the same in every XLIFF version.</summary>
internal static class ExportNotes
{
    /// <summary>The file-level note of <paramref name="document"/>: job, document, languages and the rule on codes.</summary>
    public static string ForDocument(XliffExportJob job, XliffExportDocument document) =>
        $"Job {job.JobId}: \"{document.Name}\" ({document.ContentTypeAlias}, document {document.Key:D}), {job.SourceCulture} to {job.TargetCulture}. Keep every inline code; links and images come back from the source.";
}
