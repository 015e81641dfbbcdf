using CarePages.Core.Audit;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Mapping;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// <see cref="IAuditRunStore"/> on <c>carePagesAuditRun</c>. One run at a time is the database's rule (a unique index
/// on the active slot), and claims are conditional updates, so servers and processes sharing the database never work
/// on the same run. Safe as a singleton.
/// </summary>
public sealed class EfAuditRunStore : IAuditRunStore
{
    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfAuditRunStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    public async Task<(AuditRun Run, bool Queued)> TryQueueAsync(AuditRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ActiveAsync(context, cancellationToken) is { } active)
        {
            return (AuditMapping.ToRun(active), false);
        }

        var entity = new AuditRunEntity { Id = run.Id, Trigger = run.Trigger, RequestedBy = run.RequestedBy, RequestedAt = run.RequestedAt };
        AuditMapping.ApplyProgress(run with { State = AuditRunState.Queued }, entity);
        context.AuditRuns.Add(entity);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return (AuditMapping.ToRun(entity), true);
        }
        catch (DbUpdateException)
        {
            // Another request queued a run between the look and the insert: the unique active slot refused this one.
            context.ChangeTracker.Clear();
            if (await ActiveAsync(context, cancellationToken) is { } winner)
            {
                return (AuditMapping.ToRun(winner), false);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task<AuditRun?> TryClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ActiveAsync(context, cancellationToken) is not { } active)
        {
            return null;
        }

        int claimed;
        if (active.State == AuditRunState.Queued)
        {
            claimed = await context.AuditRuns
                .Where(r => r.Id == active.Id && r.State == AuditRunState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, AuditRunState.Running).SetProperty(r => r.Owner, owner).SetProperty(r => r.StartedAt, now).SetProperty(r => r.HeartbeatAt, now), cancellationToken);
        }
        else if (active.HeartbeatAt is not { } heartbeat || heartbeat < now - lease)
        {
            // The worker stopped reporting (its process was killed): take the run up again where the stored results leave it.
            var last = active.HeartbeatAt;
            claimed = await context.AuditRuns
                .Where(r => r.Id == active.Id && r.State == AuditRunState.Running && r.HeartbeatAt == last)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Owner, owner).SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.Resumed, r => r.Resumed + 1), cancellationToken);
        }
        else
        {
            return null;
        }

        return claimed == 1 ? await GetAsync(active.Id, cancellationToken) : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Only the worker holding the run writes to it. A worker whose lease another took (it stalled past the lease) or whose
    /// run has ended gets the stored run back unchanged, with the new owner or state, and stops. The check locks the row
    /// (an update that changes nothing) in the same transaction as the write, so no claim can come between them.
    /// </remarks>
    public async Task<AuditRun> SaveProgressAsync(AuditRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var held = await context.AuditRuns
            .Where(r => r.Id == run.Id && r.Owner == run.Owner && r.State == AuditRunState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Owner, r => r.Owner), cancellationToken);
        var entity = await context.AuditRuns.SingleOrDefaultAsync(r => r.Id == run.Id, cancellationToken)
            ?? throw new InvalidOperationException($"There is no audit run {run.Id} to report progress on.");
        if (held == 1)
        {
            AuditMapping.ApplyProgress(run, entity);
            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return AuditMapping.ToRun(entity);
    }

    /// <inheritdoc />
    public async Task<AuditRun?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AuditRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } entity ? AuditMapping.ToRun(entity) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRun>> GetRecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.AuditRuns.AsNoTracking().OrderByDescending(r => r.RequestedAt).Take(Math.Max(0, count)).ToListAsync(cancellationToken);
        return entities.Select(AuditMapping.ToRun).ToArray();
    }

    /// <inheritdoc />
    public async Task<AuditRun?> RequestCancelAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.AuditRuns.SingleOrDefaultAsync(r => r.ActiveSlot != null, cancellationToken) is not { } active)
        {
            return null;
        }

        active.CancelRequested = true;
        if (active.State == AuditRunState.Queued)
        {
            active.State = AuditRunState.Cancelled;
            active.ActiveSlot = null;
            active.FinishedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        return AuditMapping.ToRun(active);
    }

    private static Task<AuditRunEntity?> ActiveAsync(CarePagesDbContext context, CancellationToken cancellationToken) =>
        context.AuditRuns.AsNoTracking().SingleOrDefaultAsync(r => r.ActiveSlot != null, cancellationToken);
}
