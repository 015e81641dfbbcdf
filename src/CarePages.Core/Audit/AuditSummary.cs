namespace CarePages.Core.Audit;

/// <summary>The whole site at a glance: the stored findings' counts, the reviews to plan, and the newest run.</summary>
/// <param name="Version">The version counted.</param>
/// <param name="Counts">The stored findings' counts.</param>
/// <param name="ReviewsOverdue">Pages (document × culture) whose review is overdue.</param>
/// <param name="ReviewsDueSoon">Pages whose review is due within the warning window.</param>
/// <param name="LatestRun">The newest run, or null before the first.</param>
public sealed record AuditSummary(AuditedVersion Version, AuditCounts Counts, int ReviewsOverdue, int ReviewsDueSoon, AuditRun? LatestRun);
