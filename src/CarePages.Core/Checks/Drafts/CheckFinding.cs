namespace CarePages.Core.Checks.Drafts;

/// <summary>One finding as the backoffice shows it: the engine's finding with the property's label.</summary>
/// <param name="RuleId">The rule's id, e.g. <c>image-alt-missing</c>.</param>
/// <param name="Severity">Block, Warn or Info, after settings.</param>
/// <param name="Wcag">The WCAG 2.2 success criteria concerned; empty where none applies.</param>
/// <param name="ActRule">The W3C ACT rule id, or null.</param>
/// <param name="Property">The property alias (<c>bookingCallout.phoneNumber</c> in a block); null for the document as a whole.</param>
/// <param name="PropertyName">The property's label in the reader's language (<c>Booking call-out › Phone number</c>, from <see cref="Translation.Labels.FieldLabels"/>); null when the finding names no property.</param>
/// <param name="Snippet">A short excerpt of the offending markup or text; empty when there is nothing to show.</param>
/// <param name="Message">What is wrong, in the requested UI language.</param>
/// <param name="Hint">How to fix it, in the requested UI language.</param>
public sealed record CheckFinding(
    string RuleId,
    FindingSeverity Severity,
    IReadOnlyList<string> Wcag,
    string? ActRule,
    string? Property,
    string? PropertyName,
    string Snippet,
    string Message,
    string Hint);
