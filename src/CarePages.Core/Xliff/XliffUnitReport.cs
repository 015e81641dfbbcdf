namespace CarePages.Core.Xliff;

/// <summary>The import report line of one trans-unit.</summary>
/// <param name="DocumentKey">The document the unit belongs to.</param>
/// <param name="UnitId">The trans-unit id.</param>
/// <param name="Outcome">Accepted or rejected.</param>
/// <param name="Reason">Why it was rejected, naming the unit and any inline code; null when accepted.</param>
public sealed record XliffUnitReport(Guid DocumentKey, string UnitId, XliffUnitOutcome Outcome, string? Reason = null);
