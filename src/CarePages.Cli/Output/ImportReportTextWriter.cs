using CarePages.Core.Translation.Exchange;

namespace CarePages.Cli.Output;

/// <summary>Writes an import report for people: per document applied or not and why, then the fields that need attention.</summary>
internal static class ImportReportTextWriter
{
    public static async Task WriteAsync(TranslationImportReport report, TextWriter output)
    {
        foreach (var document in report.Documents)
        {
            await output.WriteLineAsync(document.Applied
                ? $"{Name(document)}: saved as a {report.TargetCulture} draft ({document.Fields.Count} fields)"
                : $"{Name(document)}: left unchanged: {document.Reason}").ConfigureAwait(false);
            foreach (var field in document.Fields.Where(f => f.Outcome is not (FieldImportOutcome.Imported or FieldImportOutcome.NotApplied or FieldImportOutcome.AlreadyApplied) || f.Warnings is { Count: > 0 }))
            {
                await output.WriteLineAsync($"  {field.Label ?? field.Path}: {field.Outcome}{(field.Reason is null ? string.Empty : " - " + field.Reason)}").ConfigureAwait(false);
                if (field.SourceChange is { } change)
                {
                    await output.WriteLineAsync($"    source was: {change.OldSourceText}").ConfigureAwait(false);
                    await output.WriteLineAsync($"    source now: {change.NewSourceText}").ConfigureAwait(false);
                }

                if (field.Diff is { } diff)
                {
                    await output.WriteLineAsync($"    kept (newer): {diff.InDraft}").ConfigureAwait(false);
                    await output.WriteLineAsync($"    in this file: {diff.InFile}").ConfigureAwait(false);
                }

                foreach (var warning in field.Warnings ?? [])
                {
                    await output.WriteLineAsync($"    warning: {warning}").ConfigureAwait(false);
                }
            }

            foreach (var issue in document.ValidationIssues)
            {
                await output.WriteLineAsync($"  {issue.Property}{(issue.Culture is null ? string.Empty : $" ({issue.Culture})")}: saved, fix before publishing - {issue.Message}").ConfigureAwait(false);
            }
        }

        var applied = report.Documents.Count(d => d.Applied);
        await output.WriteLineAsync($"job {report.JobId}: {applied} of {report.Documents.Count} documents applied ({report.Status}).").ConfigureAwait(false);
    }

    // The name people know the page by, with the key that names it to the API and the store.
    private static string Name(DocumentImportReport document) =>
        document.DocumentName is { } name ? $"{name} ({document.DocumentKey})" : document.DocumentKey.ToString();
}
