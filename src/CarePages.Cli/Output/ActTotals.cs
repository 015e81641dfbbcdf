using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Output;

/// <summary>The sums over every scored ACT rule.</summary>
internal sealed record ActTotals(int Rules, int Cases, int Agreed, int FalsePositives, int Misses, int Complete, int Partial, int Inconsistent)
{
    /// <summary>The totals of <paramref name="scores"/>.</summary>
    public static ActTotals Of(IReadOnlyList<ActRuleScore> scores) => new(
        scores.Count,
        scores.Sum(s => s.Cases),
        scores.Sum(s => s.Agreed),
        scores.Sum(s => s.FalsePositives),
        scores.Sum(s => s.Misses),
        scores.Count(s => s.Label == "complete"),
        scores.Count(s => s.Label == "partial"),
        scores.Count(s => s.Label == "inconsistent"));
}
