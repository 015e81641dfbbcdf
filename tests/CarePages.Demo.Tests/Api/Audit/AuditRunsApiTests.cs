using System.Net;
using CarePages.Core.Audit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Api.Audit;

public sealed class AuditRunsApiTests : IDisposable
{
    private const string Runs = DemoAudit.Root + "/runs";
    private readonly DemoAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Start_ThenPollTheLatestRun_CompletesWithEveryDocumentAudited()
    {
        var run = await DemoAudit.RunToEndAsync(DemoApi.Client(_factory, "lucia"));

        Assert.Equal(nameof(AuditRunState.Completed), run.GetProperty("state").GetString());
        Assert.Equal((6, 6, 6), (run.GetProperty("documents").GetInt32(), run.GetProperty("total").GetInt32(), run.GetProperty("done").GetInt32()));
        Assert.True(run.GetProperty("culturesChecked").GetInt32() >= 6 * 3);
        Assert.Equal(("api", "Dr Lucía Pérez (reviewer)"), (run.GetProperty("trigger").GetString(), run.GetProperty("requestedBy").GetString()));
    }

    [Fact]
    public async Task Start_RunQueued_Is202WithTheRunAndItsAddress()
    {
        using var queueOnly = QueueOnly();
        var client = DemoApi.Client(queueOnly, "ana");

        var response = await client.PostAsync(Runs, null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = await DemoApi.Json(response);
        Assert.Equal(nameof(AuditRunState.Queued), run.GetProperty("state").GetString());
        Assert.EndsWith($"/audit/runs/{run.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var fetched = await DemoApi.Json(await client.GetAsync(response.Headers.Location));
        Assert.Equal(run.GetProperty("id").GetString(), fetched.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Start_WhileARunIsActive_Is409WithTheActiveRunAndItsProgress()
    {
        using var queueOnly = QueueOnly();
        var first = await DemoApi.Json(await DemoApi.Client(queueOnly, "lucia").PostAsync(Runs, null));

        var second = await DemoApi.Client(queueOnly, "ana").PostAsync(Runs, null);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        var problem = await DemoApi.Json(second);
        Assert.Equal(nameof(AuditRunOperationStatus.AlreadyActive), problem.GetProperty("operationStatus").GetString());
        var active = problem.GetProperty("run");
        Assert.Equal(first.GetProperty("id").GetString(), active.GetProperty("id").GetString());
        Assert.Equal((nameof(AuditRunState.Queued), 0), (active.GetProperty("state").GetString(), active.GetProperty("done").GetInt32()));
        Assert.Contains("Dr Lucía Pérez", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_RunQueued_Is202WithTheRunCancelled()
    {
        using var queueOnly = QueueOnly();
        var client = DemoApi.Client(queueOnly, "lucia");
        await client.PostAsync(Runs, null);

        var response = await client.PostAsync($"{Runs}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = await DemoApi.Json(response);
        Assert.Equal((nameof(AuditRunState.Cancelled), true), (run.GetProperty("state").GetString(), run.GetProperty("cancelRequested").GetBoolean()));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync(Runs, null)).StatusCode);
    }

    [Fact]
    public async Task Cancel_NoActiveRun_Is409()
    {
        var response = await DemoApi.Client(_factory, "lucia").PostAsync($"{Runs}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(nameof(AuditRunOperationStatus.NotActive), (await DemoApi.Json(response)).GetProperty("operationStatus").GetString());
    }

    [Fact]
    public async Task GetLatest_BeforeTheFirstRun_Is404()
    {
        var response = await DemoApi.Client(_factory, "ana").GetAsync($"{Runs}/latest");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_UnknownRun_Is404()
    {
        var response = await DemoApi.Client(_factory, "ana").GetAsync($"{Runs}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Start_WithoutAUser_Is401()
    {
        var response = await DemoApi.Client(_factory, null).PostAsync(Runs, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // The demo as a server that only queues runs, so they stay queued for the test to look at.
    private WebApplicationFactory<Program> QueueOnly() =>
        _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IAuditServerRole, QueueOnlyServerRole>()));
}
