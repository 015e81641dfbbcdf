namespace CarePages.Core.Checks.Reports;

/// <summary>A note of the tool's run that is not a finding, e.g. a file skipped for lack of the culture.</summary>
/// <param name="Message">What happened.</param>
/// <param name="Location">Where, when it concerns one artifact.</param>
public sealed record SarifNotification(string Message, SarifLocation? Location = null);
