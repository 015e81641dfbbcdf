using CarePages.Cli.Checking;
using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>Writes findings for people: grouped by file, one block per finding, then a summary line.</summary>
internal static class TextReportWriter
{
    /// <summary>Writes <paramref name="files"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        foreach (var file in files.Where(f => f.Report.Findings.Count > 0))
        {
            output.WriteLine(file.File.DisplayPath);
            foreach (var finding in file.Report.Findings)
            {
                WriteFinding(finding, output);
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(files));
    }

    private static void WriteFinding(Finding finding, TextWriter output)
    {
        output.WriteLine($"  [{SeverityNames.Of(finding.Severity)}] {finding.RuleId}");
        output.WriteLine(finding.Property is null ? $"    Culture: {finding.Culture}" : $"    Culture: {finding.Culture}   Property: {finding.Property}");
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
            output.WriteLine("    Hint: " + OneLine(finding.Hint));
        }

        if (finding.Snippet.Length > 0)
        {
            output.WriteLine("    Snippet: " + OneLine(finding.Snippet));
        }
    }

    private static string Summary(IReadOnlyList<FileReport> files)
    {
        var checkedFiles = files.Count == 1 ? "1 file checked" : $"{files.Count} files checked";
        var findings = files.SelectMany(f => f.Report.Findings).ToList();
        if (findings.Count == 0)
        {
            return checkedFiles + ": no findings.";
        }

        int Count(FindingSeverity severity) => findings.Count(f => f.Severity == severity);
        var withFindings = files.Count(f => f.Report.Findings.Count > 0);
        return $"{checkedFiles}, {withFindings} with findings: {Count(FindingSeverity.Block)} block, {Count(FindingSeverity.Warn)} warn, {Count(FindingSeverity.Info)} info.";
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
