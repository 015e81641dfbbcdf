namespace CarePages.Core.Checks;

/// <summary>What a rule is: its id, default severity, the WCAG criteria and ACT rule it maps to, and its parameters.</summary>
public sealed record CheckRuleDescriptor
{
    /// <summary>Stable kebab-case id, also the message key in the catalogues.</summary>
    public required string Id { get; init; }

    /// <summary>The severity unless settings override it.</summary>
    public required FindingSeverity DefaultSeverity { get; init; }

    /// <summary>WCAG 2.2 success criteria, e.g. <c>1.1.1</c>.</summary>
    public IReadOnlyList<string> Wcag { get; init; } = [];

    /// <summary>The W3C ACT rule id it implements, or null.</summary>
    public string? ActRule { get; init; }

    /// <summary>
    /// Why some of the ACT rule's failed cases cannot be decided from markup alone (e.g. colours set in a style sheet);
    /// null when the rule covers every case. Shown beside misses in the ACT report.
    /// </summary>
    public string? ActLimitation { get; init; }

    /// <summary>Thresholds and options with their defaults.</summary>
    public IReadOnlyList<CheckParameter> Parameters { get; init; } = [];

    /// <summary>True when the rule is on unless settings turn it off.</summary>
    public bool EnabledByDefault { get; init; } = true;
}
