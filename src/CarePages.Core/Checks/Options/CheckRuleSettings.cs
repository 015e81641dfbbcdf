namespace CarePages.Core.Checks.Options;

/// <summary>Settings for one rule, globally or for one document type. Anything left null keeps the inherited value.</summary>
public sealed class CheckRuleSettings
{
    /// <summary>Turns the rule on or off; null inherits.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Overrides the rule's severity; null inherits.</summary>
    public FindingSeverity? Severity { get; init; }

    /// <summary>Overrides thresholds by parameter name (see each rule's parameters); values in invariant culture.</summary>
    public Dictionary<string, string> Parameters { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
