using System.Globalization;
using CarePages.Core.Translation.Exchange;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes an import (or machine pre-fill) report for people, labelled in the UI language: per document applied or not and why, then the fields that
/// need attention, then a summary line.
/// </summary>
internal static class ImportReportTextWriter
{
    public static async Task WriteAsync(TranslationImportReport report, CliLabels labels, TextWriter output)
    {
        await WriteDocumentsAsync(report.Documents, report.TargetCulture, labels, output).ConfigureAwait(false);
        await output.WriteLineAsync(labels.Count(
            "import.summary",
            report.Documents.Count,
            ("job", report.JobId ?? string.Empty),
            ("applied", report.Documents.Count(d => d.Applied).ToString(CultureInfo.InvariantCulture)),
            ("status", labels.Text("status." + report.Status)))).ConfigureAwait(false);
    }

    /// <summary>
    /// Per document whether it was saved and why not, then the fields that need attention: any that was not saved as
    /// expected, and any with a warning. An import and a machine pre-fill report the same way.
    /// </summary>
    public static async Task WriteDocumentsAsync(IReadOnlyList<DocumentImportReport> documents, string? culture, CliLabels labels, TextWriter output)
    {
        foreach (var document in documents)
        {
            await output.WriteLineAsync(document.Applied
                ? labels.Count("import.saved", document.Fields.Count, ("document", Name(document)), ("culture", culture ?? string.Empty))
                : labels.Text("import.unchanged", ("document", Name(document)), ("reason", document.Reason ?? string.Empty))).ConfigureAwait(false);
            foreach (var field in document.Fields.Where(f => f.Outcome is not (FieldImportOutcome.Imported or FieldImportOutcome.MachineTranslated or FieldImportOutcome.NotApplied or FieldImportOutcome.AlreadyApplied) || f.Warnings is { Count: > 0 }))
            {
                var line = labels.Text("import.field", ("field", field.Label ?? field.Path), ("outcome", labels.Text("outcome." + field.Outcome)));
                await output.WriteLineAsync($"  {line}{(field.Reason is null ? string.Empty : " - " + field.Reason)}").ConfigureAwait(false);
                if (field.SourceChange is { } change)
                {
                    await output.WriteLineAsync("    " + labels.Text("import.sourceWas", ("text", change.OldSourceText ?? string.Empty))).ConfigureAwait(false);
                    await output.WriteLineAsync("    " + labels.Text("import.sourceNow", ("text", change.NewSourceText))).ConfigureAwait(false);
                }

                if (field.Diff is { } diff)
                {
                    await output.WriteLineAsync("    " + labels.Text("import.keptNewer", ("text", diff.InDraft))).ConfigureAwait(false);
                    await output.WriteLineAsync("    " + labels.Text("import.inFile", ("text", diff.InFile))).ConfigureAwait(false);
                }

                foreach (var warning in field.Warnings ?? [])
                {
                    await output.WriteLineAsync("    " + labels.Text("import.warning", ("text", warning))).ConfigureAwait(false);
                }
            }

            foreach (var issue in document.ValidationIssues)
            {
                var property = issue.Culture is null ? issue.Property : $"{issue.Property} ({issue.Culture})";
                await output.WriteLineAsync("  " + labels.Text("import.fixBeforePublishing", ("property", property), ("message", issue.Message))).ConfigureAwait(false);
            }
        }
    }

    // The name people know the page by, with the key that names it to the API and the store.
    private static string Name(DocumentImportReport document) =>
        document.DocumentName is { } name ? $"{name} ({document.DocumentKey})" : document.DocumentKey.ToString();
}
