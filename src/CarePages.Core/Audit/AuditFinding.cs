using CarePages.Core.Checks;

namespace CarePages.Core.Audit;

/// <summary>
/// A finding as the site audit stores it: without its text, which is rendered again from <see cref="MessageKey"/> and
/// <see cref="Arguments"/> in each reader's language.
/// </summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="MessageKey">The message's catalogue key (<see cref="Finding.MessageKey"/>).</param>
/// <param name="Severity">The severity under the settings the audit ran with.</param>
/// <param name="Property">The field (nested block fields as <c>bookingCallout.phoneNumber</c>), or null for the page.</param>
/// <param name="Snippet">The excerpt of the offending markup or text.</param>
/// <param name="Wcag">The WCAG success criteria concerned.</param>
/// <param name="ActRule">The W3C ACT rule id, or null.</param>
/// <param name="Arguments">The values of the message's placeholders, with the phrases among them by key.</param>
public sealed record AuditFinding(
    string RuleId,
    string MessageKey,
    FindingSeverity Severity,
    string? Property,
    string Snippet,
    IReadOnlyList<string> Wcag,
    string? ActRule,
    MessageArgumentDictionary Arguments)
{
    /// <summary>The stored form of an engine finding.</summary>
    public static AuditFinding Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.RuleId, finding.MessageKey.Length > 0 ? finding.MessageKey : finding.RuleId, finding.Severity, finding.Property, finding.Snippet, finding.Wcag, finding.ActRule, finding.Arguments);
    }
}
