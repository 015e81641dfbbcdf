namespace CarePages.Core.Audit;

/// <summary>
/// The site audit's runs, shared by every server of a site: at most one run is queued or running at a time (the
/// database enforces it), and a running run whose worker stopped reporting is taken up again.
/// </summary>
public interface IAuditRunStore
{
    /// <summary>Queues <paramref name="run"/>, unless a run is already queued or running: then that run is returned instead.</summary>
    Task<(AuditRun Run, bool Queued)> TryQueueAsync(AuditRun run, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the queued run, or the running run whose heartbeat is older than <paramref name="lease"/> (its worker
    /// stopped), for <paramref name="owner"/>. Null when there is none, or another worker took it first.
    /// </summary>
    Task<AuditRun?> TryClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the progress of a run this worker holds (<see cref="AuditRun.Owner"/>, running); returns the stored run,
    /// whose <see cref="AuditRun.CancelRequested"/> may now be set. When the worker no longer holds the run (another took
    /// it after the lease passed, or it ended), nothing is written and the stored run, with its new owner or state, is returned.
    /// </summary>
    Task<AuditRun> SaveProgressAsync(AuditRun run, CancellationToken cancellationToken = default);

    /// <summary>The run with <paramref name="id"/>, or null.</summary>
    Task<AuditRun?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The most recently asked-for runs, newest first.</summary>
    Task<IReadOnlyList<AuditRun>> GetRecentAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>Asks the active run to stop (a queued run is cancelled at once); returns it, or null when none is active.</summary>
    Task<AuditRun?> RequestCancelAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
