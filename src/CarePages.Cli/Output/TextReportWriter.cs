using CarePages.Cli.Checking;
using CarePages.Core.Checks;
using CarePages.Core.Translation.Labels;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes findings for people, labelled in the UI language: grouped by file, one block per finding, a line per skipped
/// document, then a summary line with the counts in their plural forms.
/// </summary>
internal static class TextReportWriter
{
    /// <summary>Writes <paramref name="files"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<FileReport> files, CliLabels labels, TextWriter output)
    {
        foreach (var file in files)
        {
            if (file.Skipped is { } skip)
            {
                output.WriteLine(labels.Text("file.skipped", ("file", file.File.DisplayPath), ("culture", skip.Culture), ("cultures", string.Join(", ", skip.Cultures))));
                continue;
            }

            if (file.Report.Findings.Count == 0)
            {
                continue;
            }

            output.WriteLine(file.File.DisplayPath);
            foreach (var finding in file.Report.Findings)
            {
                WriteFinding(finding, labels, output);
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(files.Where(f => f.Skipped is null).ToList(), labels));
        var skipped = files.Where(f => f.Skipped is not null).ToList();
        if (skipped.Count > 0)
        {
            output.WriteLine(labels.Count("summary.skipped", skipped.Count, ("culture", skipped[0].Skipped!.Culture)));
        }
    }

    private static void WriteFinding(Finding finding, CliLabels labels, TextWriter output)
    {
        output.WriteLine($"  [{SeverityNames.Of(finding.Severity)}] {finding.RuleId}");
        var culture = labels.Text("finding.culture", ("culture", finding.Culture));
        output.WriteLine(finding.Property is null ? $"    {culture}" : $"    {culture}   {labels.Text("finding.property", ("property", PropertyOf(finding.Property, labels.UiCulture)))}");
        var references = new List<string>();
        if (finding.Wcag.Count > 0)
        {
            references.Add("WCAG: " + string.Join(", ", finding.Wcag));
        }

        if (finding.ActRule is not null)
        {
            references.Add("ACT: " + finding.ActRule);
        }

        if (references.Count > 0)
        {
            output.WriteLine("    " + string.Join("   ", references));
        }

        output.WriteLine("    " + OneLine(finding.Message));
        if (finding.Hint.Length > 0)
        {
            output.WriteLine("    " + labels.Text("finding.hint", ("hint", OneLine(finding.Hint))));
        }

        if (finding.Snippet.Length > 0)
        {
            output.WriteLine("    " + labels.Text("finding.snippet", ("snippet", OneLine(finding.Snippet))));
        }
    }

    private static string Summary(IReadOnlyList<FileReport> files, CliLabels labels)
    {
        var checkedFiles = labels.Count("summary.files", files.Count);
        var findings = files.SelectMany(f => f.Report.Findings).ToList();
        if (findings.Count == 0)
        {
            return labels.Text("summary.noFindings", ("files", checkedFiles));
        }

        string Count(string key, FindingSeverity severity) => labels.Count(key, findings.Count(f => f.Severity == severity));
        var withFindings = files.Count(f => f.Report.Findings.Count > 0);
        return labels.Text(
            "summary.findings",
            ("files", checkedFiles),
            ("withFindings", labels.Count("summary.withFindings", withFindings)),
            ("blockers", Count("summary.blockers", FindingSeverity.Block)),
            ("warnings", Count("summary.warnings", FindingSeverity.Warn)),
            ("notes", Count("summary.notes", FindingSeverity.Info)));
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    // The field as people name it, then the path that finds it in a document file.
    private static string PropertyOf(string property, string uiCulture) =>
        FieldLabels.Of(property, null, uiCulture) is var label && label != property ? $"{label} ({property})" : property;
}
