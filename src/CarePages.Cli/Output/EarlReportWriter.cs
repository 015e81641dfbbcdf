using System.Text.Json.Nodes;
using CarePages.Cli.Checking;
using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes the findings of <c>check</c> as EARL: one assertion per finding, whose subject is the file in the culture checked and whose
/// test is the rule. Block and warn findings are <c>earl:failed</c>; info findings are <c>earl:cantTell</c>. A clean file has no
/// assertion: the report lists problems, not every rule that passed.
/// </summary>
internal static class EarlReportWriter
{
    /// <summary>Writes <paramref name="files"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<FileReport> files, TextWriter output) =>
        Earl.Write(files.SelectMany(file => file.Report.Findings.Select(f => Assertion(file, f))), output);

    private static JsonObject Assertion(FileReport file, Finding finding)
    {
        var subject = new JsonObject
        {
            ["@type"] = "earl:TestSubject",
            ["dct:source"] = file.File.DisplayPath,
            ["dct:language"] = finding.Culture,
        };
        var result = Earl.Result(finding.Severity == FindingSeverity.Info ? Earl.CantTell : Earl.Failed, $"{finding.Message} {finding.Hint}".Trim(), finding.Snippet);
        if (finding.Property is not null)
        {
            result["sch:propertyID"] = finding.Property;
        }

        return Earl.Assertion(subject, Earl.Test(finding.RuleId, finding.ActRule, finding.Wcag), result);
    }
}
