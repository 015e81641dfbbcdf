namespace CarePages.Core.Audit;

/// <summary>
/// Starts, cancels and reports site audit runs for the backoffice, the API, the schedule and the command line. Starting
/// queues a run for the server that runs audits; a second start while one is active is told that run's progress.
/// </summary>
public sealed class AuditRunCoordinator(IAuditRunStore runs, AuditWorkSignal signal, TimeProvider clock)
{
    /// <summary>Queues a run started by <paramref name="trigger"/> for <paramref name="requestedBy"/>, unless one is active.</summary>
    public async Task<AuditRunResult> StartAsync(string trigger, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        var run = new AuditRun { Id = Guid.NewGuid(), State = AuditRunState.Queued, Trigger = trigger, RequestedBy = requestedBy, RequestedAt = clock.GetUtcNow() };
        var (stored, queued) = await runs.TryQueueAsync(run, cancellationToken).ConfigureAwait(false);
        if (queued)
        {
            signal.Raise();
        }

        return new AuditRunResult(queued ? AuditRunOperationStatus.Queued : AuditRunOperationStatus.AlreadyActive, stored);
    }

    /// <summary>Asks the active run to stop.</summary>
    public async Task<AuditRunResult> CancelAsync(CancellationToken cancellationToken = default) =>
        await runs.RequestCancelAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false) is { } run
            ? new AuditRunResult(AuditRunOperationStatus.CancelRequested, run)
            : new AuditRunResult(AuditRunOperationStatus.NotActive, null);

    /// <summary>The run with <paramref name="id"/>, with its progress, or null.</summary>
    public Task<AuditRun?> GetAsync(Guid id, CancellationToken cancellationToken = default) => runs.GetAsync(id, cancellationToken);

    /// <summary>The newest run, with its progress, or null before the first.</summary>
    public async Task<AuditRun?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        await runs.GetRecentAsync(1, cancellationToken).ConfigureAwait(false) is [var latest, ..] ? latest : null;
}
