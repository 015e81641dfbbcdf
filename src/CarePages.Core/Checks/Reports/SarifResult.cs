namespace CarePages.Core.Checks.Reports;

/// <summary>One finding as a SARIF result.</summary>
public sealed record SarifResult
{
    /// <summary>The rule's id; must be one of the run's rules.</summary>
    public required string RuleId { get; init; }

    /// <summary>The severity, written as the SARIF level.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>What is wrong.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it, written after the message; empty when there is none.</summary>
    public string Hint { get; init; } = string.Empty;

    /// <summary>Where it is.</summary>
    public required SarifLocation Location { get; init; }

    /// <summary>The culture it was found in.</summary>
    public required string Culture { get; init; }

    /// <summary>The WCAG success criteria concerned.</summary>
    public IReadOnlyList<string> Wcag { get; init; } = [];

    /// <summary>The W3C ACT rule id, or null.</summary>
    public string? ActRule { get; init; }

    /// <summary>The message's arguments, so tools can read e.g. a readability finding's formula and score.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();

    /// <summary>Further properties written after these, in order (e.g. the audited document's key and version).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Properties { get; init; } = [];
}
