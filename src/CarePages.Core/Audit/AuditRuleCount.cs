using CarePages.Core.Checks;

namespace CarePages.Core.Audit;

/// <summary>How many stored findings a rule has at one severity, and on how many pages.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Findings">How many findings.</param>
/// <param name="Pages">On how many document × culture pages.</param>
public sealed record AuditRuleCount(string RuleId, FindingSeverity Severity, int Findings, int Pages);
