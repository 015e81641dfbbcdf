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
