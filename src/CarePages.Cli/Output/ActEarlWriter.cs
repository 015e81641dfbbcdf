using System.Text.Json.Nodes;
using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes ACT results as EARL, one assertion per test case, saying what carepages found: <c>earl:failed</c> when a rule mapped to
/// the case's ACT rule reported it, <c>earl:passed</c> otherwise. The engine cannot tell "passed" from "inapplicable" (it reports
/// problems, not applicability), so it never asserts <c>earl:inapplicable</c>; W3C's comparison treats both as "not failed".
/// </summary>
internal static class ActEarlWriter
{
    /// <summary>Writes <paramref name="scores"/> to <paramref name="output"/>; <paramref name="catalog"/> gives each rule's WCAG criteria.</summary>
    public static void Write(IReadOnlyList<ActRuleScore> scores, RuleCatalog catalog, TextWriter output) =>
        Earl.Write(scores.SelectMany(score => score.Results.Select(result => Assertion(score, result, catalog))), output);

    private static JsonObject Assertion(ActRuleScore score, ActCaseResult result, RuleCatalog catalog)
    {
        var subject = new JsonObject
        {
            ["@type"] = JsonOutput.Array(SubjectTypes),
            ["dct:source"] = result.Case.Url,
        };
        var first = result.Findings.Count > 0 ? result.Findings[0] : null;
        var wcag = score.CheckRuleIds.SelectMany(id => catalog.Descriptor(id).Wcag).Distinct(StringComparer.Ordinal);
        var outcome = Earl.Result(result.Failed ? Earl.Failed : Earl.Passed, first?.Message, first?.Snippet);
        return Earl.Assertion(subject, Earl.Test(string.Join(" + ", score.CheckRuleIds), score.RuleId, wcag), outcome);
    }

    private static readonly string[] SubjectTypes = ["earl:TestSubject", "sch:WebPage"];
}
