namespace CarePages.Core.Checks.Act;

/// <summary>The outcome a W3C ACT test case expects.</summary>
public enum ActExpectation
{
    /// <summary>The rule applies and the case passes.</summary>
    Passed,

    /// <summary>The rule applies and the case fails.</summary>
    Failed,

    /// <summary>The rule does not apply.</summary>
    Inapplicable,
}
