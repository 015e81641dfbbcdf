using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Output;

/// <summary>Writes ACT scores for people: per ACT rule its name, our rules, the counts and the W3C label, then totals.</summary>
internal static class ActTextWriter
{
    /// <summary>Writes <paramref name="scores"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<ActRuleScore> scores, TextWriter output)
    {
        foreach (var score in scores)
        {
            output.WriteLine($"{score.RuleId}  {score.RuleName}");
            output.WriteLine($"  Our rules: {string.Join(", ", score.CheckRuleIds)}");
            output.WriteLine($"  Cases: {score.Cases}   Agreed: {score.Agreed}   False positives: {score.FalsePositives}   Misses: {score.Misses}   Label: {score.Label}");
            foreach (var result in score.Results.Where(r => r.IsFalsePositive))
            {
                output.WriteLine($"  False positive: {result.Case.Title} ({result.Case.Expected.ToString().ToLowerInvariant()}) {result.Case.Url}");
            }

            if (score.Misses > 0)
            {
                output.WriteLine($"  Needs layout: {score.Limitation ?? "no limitation is declared for these misses"}");
            }

            output.WriteLine();
        }

        var totals = ActTotals.Of(scores);
        output.WriteLine(scores.Count == 0
            ? "No ACT rule in the test cases is mapped by carepages' rules."
            : $"Total: {totals.Rules} ACT rule{(totals.Rules == 1 ? string.Empty : "s")}, {totals.Cases} cases, {totals.Agreed} agreed, {totals.FalsePositives} false positives, {totals.Misses} misses "
              + $"({totals.Complete} complete, {totals.Partial} partial, {totals.Inconsistent} inconsistent).");
    }
}
