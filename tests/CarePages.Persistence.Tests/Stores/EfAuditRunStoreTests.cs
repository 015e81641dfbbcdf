using CarePages.Core.Audit;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The audit's runs on a real SQLite file: who may write a run's progress.</summary>
public sealed class EfAuditRunStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private SqliteTestDatabase _database = null!;
    private EfAuditRunStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        _store = new EfAuditRunStore(_database.ContextFactory());
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveProgressAsync_WorkerWhoseLeaseAnotherTook_WritesNothingAndGetsTheNewOwnersRun()
    {
        await QueueAsync();
        var stalled = (await _store.TryClaimAsync("server-a", Start, Lease))!;
        var taken = (await _store.TryClaimAsync("server-b", Start + Lease + TimeSpan.FromSeconds(1), Lease))!;

        var answer = await _store.SaveProgressAsync(stalled with { Done = 5, HeartbeatAt = Start + TimeSpan.FromMinutes(3) });
        var finished = await _store.SaveProgressAsync(stalled with { State = AuditRunState.Completed, FinishedAt = Start + TimeSpan.FromMinutes(3) });

        Assert.Equal(("server-b", 0, AuditRunState.Running), (answer.Owner, answer.Done, answer.State));
        Assert.Equal(("server-b", AuditRunState.Running), (finished.Owner, finished.State));
        Assert.Equal(taken.HeartbeatAt, (await _store.GetAsync(taken.Id))!.HeartbeatAt);
    }

    [Fact]
    public async Task SaveProgressAsync_WorkerHoldingTheRun_WritesItsProgress()
    {
        await QueueAsync();
        var held = (await _store.TryClaimAsync("server-a", Start, Lease))!;

        var answer = await _store.SaveProgressAsync(held with { Done = 5, Total = 10, HeartbeatAt = Start + TimeSpan.FromSeconds(30) });

        Assert.Equal((5, 10, "server-a"), (answer.Done, answer.Total, answer.Owner));
        Assert.Equal(5, (await _store.GetAsync(held.Id))!.Done);
    }

    [Fact]
    public async Task SaveProgressAsync_RunCancelledWhileQueued_StaysCancelled()
    {
        var queued = await QueueAsync();
        var cancelled = (await _store.RequestCancelAsync(Start))!;

        var answer = await _store.SaveProgressAsync(queued with { State = AuditRunState.Running, Owner = "server-a", Done = 1 });

        Assert.Equal(AuditRunState.Cancelled, cancelled.State);
        Assert.Equal((AuditRunState.Cancelled, 0), (answer.State, answer.Done));
    }

    private async Task<AuditRun> QueueAsync()
    {
        var (run, queued) = await _store.TryQueueAsync(new AuditRun { Id = Guid.NewGuid(), State = AuditRunState.Queued, Trigger = "schedule", RequestedBy = "schedule", RequestedAt = Start });
        Assert.True(queued);
        return run;
    }
}
