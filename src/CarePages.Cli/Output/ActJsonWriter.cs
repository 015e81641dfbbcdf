using System.Text.Json.Nodes;
using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Output;

/// <summary>Writes ACT scores as JSON: <c>{"rules":[…],"totals":{…}}</c>, with the false-positive and missed cases of each rule.</summary>
internal static class ActJsonWriter
{
    /// <summary>Writes <paramref name="scores"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<ActRuleScore> scores, TextWriter output)
    {
        var totals = ActTotals.Of(scores);
        JsonOutput.Write(new JsonObject
        {
            ["rules"] = JsonOutput.Array(scores.Select(Rule)),
            ["totals"] = new JsonObject
            {
                ["rules"] = totals.Rules,
                ["cases"] = totals.Cases,
                ["agreed"] = totals.Agreed,
                ["falsePositives"] = totals.FalsePositives,
                ["misses"] = totals.Misses,
                ["complete"] = totals.Complete,
                ["partial"] = totals.Partial,
                ["inconsistent"] = totals.Inconsistent,
            },
        }, output);
    }

    private static JsonNode Rule(ActRuleScore score) => new JsonObject
    {
        ["actRule"] = score.RuleId,
        ["name"] = score.RuleName,
        ["checkRules"] = JsonOutput.Array(score.CheckRuleIds),
        ["cases"] = score.Cases,
        ["agreed"] = score.Agreed,
        ["falsePositives"] = score.FalsePositives,
        ["misses"] = score.Misses,
        ["label"] = score.Label,
        ["limitation"] = score.Limitation,
        ["falsePositiveCases"] = JsonOutput.Array(score.Results.Where(r => r.IsFalsePositive).Select(Case)),
        ["missedCases"] = JsonOutput.Array(score.Results.Where(r => r.IsMiss).Select(Case)),
    };

    private static JsonNode Case(ActCaseResult result) => new JsonObject
    {
        ["title"] = result.Case.Title,
        ["expected"] = result.Case.Expected.ToString().ToLowerInvariant(),
        ["url"] = result.Case.Url,
    };
}
