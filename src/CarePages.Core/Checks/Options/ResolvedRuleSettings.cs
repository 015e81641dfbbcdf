namespace CarePages.Core.Checks.Options;

/// <summary>What applies to one rule for one document type once defaults, global and per-type settings are merged.</summary>
/// <param name="Enabled">Whether the rule runs.</param>
/// <param name="Severity">The severity its findings get.</param>
/// <param name="Parameters">Its thresholds.</param>
public sealed record ResolvedRuleSettings(bool Enabled, FindingSeverity Severity, RuleParameters Parameters);
