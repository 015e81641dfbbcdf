namespace CarePages.Core.Ports;

/// <summary>
/// A value the content store saved but flagged as invalid (Umbraco saves a draft that breaks a mandatory or pattern
/// rule and reports it): the editor must fix it before the page can be published.
/// </summary>
/// <param name="Property">The property alias.</param>
/// <param name="Culture">The culture of the value; null for an invariant value.</param>
/// <param name="Message">What is wrong, as the store says it.</param>
public sealed record DraftValidationIssue(string Property, string? Culture, string Message);
