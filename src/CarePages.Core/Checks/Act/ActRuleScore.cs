namespace CarePages.Core.Checks.Act;

/// <summary>How the engine did on one ACT rule's cases, labelled the way W3C's implementation reports label it.</summary>
/// <param name="RuleId">The ACT rule id.</param>
/// <param name="RuleName">The rule's name.</param>
/// <param name="CheckRuleIds">The package rules mapped to it.</param>
/// <param name="Results">One result per case.</param>
/// <param name="Limitation">Why misses can happen (the rule needs layout), or null.</param>
public sealed record ActRuleScore(string RuleId, string RuleName, IReadOnlyList<string> CheckRuleIds, IReadOnlyList<ActCaseResult> Results, string? Limitation)
{
    /// <summary>Number of cases.</summary>
    public int Cases => Results.Count;

    /// <summary>Cases where the engine agreed with the expectation.</summary>
    public int Agreed => Results.Count(r => r.Agrees);

    /// <summary>Passed or inapplicable cases reported as failed.</summary>
    public int FalsePositives => Results.Count(r => r.IsFalsePositive);

    /// <summary>Failed cases not reported.</summary>
    public int Misses => Results.Count(r => r.IsMiss);

    /// <summary><c>complete</c>, <c>partial</c> (misses only) or <c>inconsistent</c> (any false positive).</summary>
    public string Label => FalsePositives > 0 ? "inconsistent" : Misses > 0 ? "partial" : "complete";
}
