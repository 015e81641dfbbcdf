namespace CarePages.Core.Audit;

/// <summary>The outcome of starting or cancelling a run, with the run concerned (null when there is none).</summary>
/// <param name="Status">What happened.</param>
/// <param name="Run">The run queued, already active, or asked to stop.</param>
public sealed record AuditRunResult(AuditRunOperationStatus Status, AuditRun? Run);
