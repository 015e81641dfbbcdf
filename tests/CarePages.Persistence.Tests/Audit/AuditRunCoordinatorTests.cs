using CarePages.Core.Audit;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Persistence.Tests.Audit;

/// <summary>Starting and cancelling site audit runs on the package's tables: one run at a time, a cancel that keeps results.</summary>
public sealed class AuditRunCoordinatorTests : AuditSiteTests
{
    [Fact]
    public async Task StartAsync_RunAlreadyQueued_IsAlreadyActiveWithTheQueuedRun()
    {
        using var services = Site.Services();
        var first = await Coordinator(services).StartAsync("api", "lucia");

        var second = await Coordinator(services).StartAsync("backoffice", "ana");

        Assert.Equal(AuditRunOperationStatus.Queued, first.Status);
        Assert.Equal(AuditRunOperationStatus.AlreadyActive, second.Status);
        Assert.Equal((first.Run!.Id, AuditRunState.Queued, "lucia"), (second.Run!.Id, second.Run.State, second.Run.RequestedBy));
    }

    [Fact]
    public async Task StartAsync_WhileARunIsRunning_IsAlreadyActiveWithItsProgress()
    {
        using var services = Site.Services();
        var first = await Coordinator(services).StartAsync("api", "lucia");
        AuditRunResult? during = null;
        Site.Source.OnRead = async read => during = read == 3 ? await Coordinator(services).StartAsync("api", "ana") : during;

        await Worker(services).RunPendingAsync();

        Assert.Equal(AuditRunOperationStatus.AlreadyActive, during!.Status);
        Assert.Equal((first.Run!.Id, AuditRunState.Running, 6, 2), (during.Run!.Id, during.Run.State, during.Run.Total, during.Run.Done));
    }

    [Fact]
    public async Task StartAsync_AfterTheRunFinished_QueuesANewRun()
    {
        var finished = await Site.AuditAsync();
        using var services = Site.Services();

        var next = await Coordinator(services).StartAsync("api", "lucia");

        Assert.Equal(AuditRunOperationStatus.Queued, next.Status);
        Assert.NotEqual(finished.Id, next.Run!.Id);
    }

    [Fact]
    public async Task CancelAsync_DuringARun_StopsAfterTheCurrentBatchAndKeepsItsResults()
    {
        using var services = Site.Services();
        await Coordinator(services).StartAsync("api", "lucia");
        AuditRunResult? cancel = null;
        Site.Source.OnRead = async read => cancel = read == 1 ? await Coordinator(services).CancelAsync() : cancel;

        var run = await Worker(services).RunPendingAsync();

        Assert.Equal(AuditRunOperationStatus.CancelRequested, cancel!.Status);
        Assert.Equal((AuditRunState.Cancelled, true, 2, 6), (run!.State, run.CancelRequested, run.Done, run.Total));
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(2, (await Site.SummaryAsync(AuditedVersion.Draft)).Counts.Documents);

        // The next run takes up the four documents the cancelled one left.
        Site.Source.OnRead = null;
        var next = await Site.AuditAsync();
        Assert.Equal((AuditRunState.Completed, 4), (next.State, next.Total));
        Assert.Equal(4, Site.Source.Read.Count);
        Assert.DoesNotContain(Site.Source.Read, (await Site.Content.GetStampsAsync()).Take(2).Select(s => s.Key).Contains);
    }

    [Fact]
    public async Task CancelAsync_RunStillQueued_CancelsItAtOnce()
    {
        using var services = Site.Services();
        await Coordinator(services).StartAsync("api", "lucia");

        var cancel = await Coordinator(services).CancelAsync();

        Assert.Equal((AuditRunOperationStatus.CancelRequested, AuditRunState.Cancelled), (cancel.Status, cancel.Run!.State));
        Assert.Null(await Worker(services).RunPendingAsync());
        Assert.Equal(AuditRunState.Cancelled, (await Coordinator(services).GetLatestAsync())!.State);
    }

    [Fact]
    public async Task CancelAsync_NoActiveRun_IsNotActive()
    {
        await Site.AuditAsync();
        using var services = Site.Services();

        var cancel = await Coordinator(services).CancelAsync();

        Assert.Equal((AuditRunOperationStatus.NotActive, null), (cancel.Status, cancel.Run));
    }

    [Fact]
    public async Task GetLatestAsync_BeforeTheFirstRun_IsNull()
    {
        using var services = Site.Services();

        Assert.Null(await Coordinator(services).GetLatestAsync());
    }

    private static AuditRunCoordinator Coordinator(ServiceProvider services) => services.CreateScope().ServiceProvider.GetRequiredService<AuditRunCoordinator>();

    private static AuditWorker Worker(ServiceProvider services) => services.CreateScope().ServiceProvider.GetRequiredService<AuditWorker>();
}
