using CarePages.Core.Audit;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Persistence.Tests.Audit;

/// <summary>The audit worker on the package's tables: a run whose process was killed is taken up again where it stopped.</summary>
public sealed class AuditWorkerTests : AuditSiteTests
{
    [Fact]
    public async Task RunPendingAsync_RunWhoseWorkerStoppedReporting_ResumesItWithoutAuditingSavedDocumentsAgain()
    {
        var interrupted = await InterruptedRunAsync();
        var saved = Site.Source.Read.Take(2).ToArray();
        Site.Source.Clear();
        Site.Clock.Advance(TimeSpan.FromMinutes(3));

        using var services = Site.Services();
        var resumed = await Worker(services).RunPendingAsync();

        Assert.Equal(interrupted.Id, resumed!.Id);
        Assert.Equal((AuditRunState.Completed, 1, 6, 6, 6 * 3 * 2), (resumed.State, resumed.Resumed, resumed.Total, resumed.Done, resumed.CulturesChecked));
        Assert.Equal(4, Site.Source.Read.Count);
        Assert.DoesNotContain(Site.Source.Read, saved.Contains);
    }

    [Fact]
    public async Task RunPendingAsync_RunningRunWhoseWorkerStillReports_IsNotTaken()
    {
        await InterruptedRunAsync();
        Site.Clock.Advance(TimeSpan.FromMinutes(1));

        using var services = Site.Services();

        Assert.Null(await Worker(services).RunPendingAsync());
    }

    [Fact]
    public async Task RunPendingAsync_StalledWorkerWhoseRunAnotherTookUp_StopsWithoutWritingOverIt()
    {
        using var services = Site.Services();
        var runs = services.GetRequiredService<IAuditRunStore>();
        await services.CreateScope().ServiceProvider.GetRequiredService<AuditRunCoordinator>().StartAsync("schedule", "schedule");
        AuditRun? taken = null;
        Site.Source.OnRead = async read =>
        {
            if (read == 3)
            {
                // This worker stalls past its lease while reading; another server takes the run up.
                Site.Clock.Advance(TimeSpan.FromMinutes(3));
                taken = await runs.TryClaimAsync("other-server", Site.Clock.GetUtcNow(), TimeSpan.FromMinutes(2));
            }
        };

        var stalled = await Worker(services).RunPendingAsync();

        var stored = await runs.GetAsync(stalled!.Id);
        Assert.Equal(("other-server", AuditRunState.Running), (taken!.Owner, taken.State));
        Assert.Equal(("other-server", AuditRunState.Running), (stalled.Owner, stalled.State));
        Assert.Equal((taken.Owner, taken.Done, taken.HeartbeatAt), (stored!.Owner, stored.Done, stored.HeartbeatAt));
        Assert.Equal(4, Site.Source.Read.Count);
    }

    // A run whose process stopped while reading the third document, its first batch of two saved.
    private async Task<AuditRun> InterruptedRunAsync()
    {
        using var services = Site.Services();
        var started = await services.CreateScope().ServiceProvider.GetRequiredService<AuditRunCoordinator>().StartAsync("schedule", "schedule");
        using var killed = new CancellationTokenSource();
        Site.Source.OnRead = read =>
        {
            if (read == 3)
            {
                killed.Cancel();
            }

            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Worker(services).RunPendingAsync(killed.Token));
        Site.Source.OnRead = null;
        var stored = (await services.CreateScope().ServiceProvider.GetRequiredService<AuditRunCoordinator>().GetLatestAsync())!;
        Assert.Equal((started.Run!.Id, AuditRunState.Running, 2), (stored.Id, stored.State, stored.Done));
        return stored;
    }

    private static AuditWorker Worker(ServiceProvider services) => services.CreateScope().ServiceProvider.GetRequiredService<AuditWorker>();
}
