namespace CarePages.Core.Audit;

/// <summary>
/// Takes queued or interrupted runs and works them through, one at a time, on the server that runs audits. Each claim
/// is the database's to grant, so two processes never work on the same run.
/// </summary>
public sealed class AuditWorker(IAuditRunStore runs, SiteAuditService audit, AuditOptions options, TimeProvider clock)
{
    /// <summary>This process as a run's owner: machine and process id.</summary>
    public static string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Works through every run there is to take; returns the last one finished, or null when there was none.</summary>
    public async Task<AuditRun?> RunPendingAsync(CancellationToken cancellationToken = default)
    {
        AuditRun? last = null;
        while (await runs.TryClaimAsync(Owner, clock.GetUtcNow(), options.Lease, cancellationToken).ConfigureAwait(false) is { } run)
        {
            last = await audit.ExecuteAsync(run, cancellationToken).ConfigureAwait(false);
        }

        return last;
    }
}
