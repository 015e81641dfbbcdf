using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes ACT scores for people, labelled in the UI language: per ACT rule its name, our rules, the counts and the W3C label, then
/// totals. The rule names, case titles and limitations stay as the W3C and the rule descriptors word them (English).
/// </summary>
internal static class ActTextWriter
{
    /// <summary>Writes <paramref name="scores"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<ActRuleScore> scores, CliLabels labels, TextWriter output)
    {
        foreach (var score in scores)
        {
            output.WriteLine($"{score.RuleId}  {score.RuleName}");
            output.WriteLine("  " + labels.Text("act.ourRules", ("rules", string.Join(", ", score.CheckRuleIds))));
            output.WriteLine("  " + labels.Text(
                "act.counts",
                ("cases", Number(score.Cases)),
                ("agreed", Number(score.Agreed)),
                ("falsePositives", Number(score.FalsePositives)),
                ("misses", Number(score.Misses)),
                ("label", labels.Text("act.label." + score.Label))));
            foreach (var result in score.Results.Where(r => r.IsFalsePositive))
            {
                output.WriteLine("  " + labels.Text(
                    "act.falsePositive", ("title", result.Case.Title), ("expected", result.Case.Expected.ToString().ToLowerInvariant()), ("url", result.Case.Url)));
            }

            if (score.Misses > 0)
            {
                output.WriteLine("  " + labels.Text("act.needsLayout", ("limitation", score.Limitation ?? labels.Text("act.noLimitation"))));
            }

            output.WriteLine();
        }

        var totals = ActTotals.Of(scores);
        output.WriteLine(scores.Count == 0
            ? labels.Text("act.noneMapped")
            : labels.Text(
                "act.total",
                ("rules", labels.Count("act.rules", totals.Rules)),
                ("cases", labels.Count("act.cases", totals.Cases)),
                ("agreed", labels.Count("act.agreed", totals.Agreed)),
                ("falsePositives", labels.Count("act.falsePositives", totals.FalsePositives)),
                ("misses", labels.Count("act.misses", totals.Misses)),
                ("complete", labels.Count("act.complete", totals.Complete)),
                ("partial", labels.Count("act.partial", totals.Partial)),
                ("inconsistent", labels.Count("act.inconsistent", totals.Inconsistent))));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
