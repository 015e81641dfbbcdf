using System.Globalization;
using CarePages.Core.Audit;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes the site audit for people, in the <c>--ui-culture</c> language: what was audited and by which run, the pages
/// and findings per culture, the clinical reviews overdue or due soon, the rules with the most findings, and how many
/// findings match the filters.
/// </summary>
internal static class AuditTextWriter
{
    private const int TopRules = 10;

    /// <summary>Writes <paramref name="summary"/> (its cultures and rules already filtered) and the <paramref name="matching"/> count.</summary>
    public static void Write(AuditSummary summary, int matching, CliLabels labels, TextWriter output)
    {
        output.WriteLine(labels.Text("audit.heading", ("version", labels.Text("audit.version." + summary.Version)), ("documents", Number(summary.Counts.Documents))));
        if (summary.LatestRun is { } run)
        {
            output.WriteLine(labels.Text(
                "audit.run",
                ("state", labels.Text("audit.state." + run.State)),
                ("finishedAt", (run.FinishedAt ?? run.RequestedAt).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
                ("trigger", run.Trigger),
                ("requestedBy", run.RequestedBy),
                ("done", Number(run.Done)),
                ("total", Number(run.Total)),
                ("cultures", Number(run.CulturesChecked)),
                ("unreadable", Number(run.Unreadable))));
        }

        output.WriteLine();
        WriteTable(output, [Header(labels, "culture", "pages", "withBlockers", "blockers", "warnings", "notes"),
            .. summary.Counts.Cultures.Select(c => new[] { c.Culture, Number(c.Pages), Number(c.PagesWithBlockers), Number(c.Blockers), Number(c.Warnings), Number(c.Infos) })]);
        output.WriteLine();
        output.WriteLine(labels.Text("audit.reviews", ("overdue", Number(summary.ReviewsOverdue)), ("dueSoon", Number(summary.ReviewsDueSoon))));
        output.WriteLine();
        if (summary.Counts.Rules.Count == 0)
        {
            output.WriteLine(labels.Text("audit.noFindings"));
        }
        else
        {
            output.WriteLine(labels.Text("audit.topRules"));
            WriteTable(output, [Header(labels, "rule", "severity", "findings", "pages"),
                .. summary.Counts.Rules.Take(TopRules).Select(r => new[] { r.RuleId, SeverityNames.Of(r.Severity), Number(r.Findings), Number(r.Pages) })]);
        }

        output.WriteLine();
        output.WriteLine(labels.Text("audit.matching", ("count", Number(matching))));
    }

    private static string[] Header(CliLabels labels, params string[] columns) => columns.Select(c => labels.Text("audit.column." + c)).ToArray();

    // Columns padded to their widest cell; numbers (every column but the first of a row) aligned right.
    private static void WriteTable(TextWriter output, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
