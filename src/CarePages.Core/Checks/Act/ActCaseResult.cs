namespace CarePages.Core.Checks.Act;

/// <summary>What the engine said about one ACT case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Failed">True when at least one finding maps to the case's ACT rule.</param>
/// <param name="Findings">Those findings.</param>
public sealed record ActCaseResult(ActTestCase Case, bool Failed, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when the engine agrees with the expected outcome.</summary>
    public bool Agrees => Failed == (Case.Expected == ActExpectation.Failed);

    /// <summary>True when a passed or inapplicable case was reported as failed.</summary>
    public bool IsFalsePositive => Failed && Case.Expected != ActExpectation.Failed;

    /// <summary>True when a failed case was not reported.</summary>
    public bool IsMiss => !Failed && Case.Expected == ActExpectation.Failed;
}
