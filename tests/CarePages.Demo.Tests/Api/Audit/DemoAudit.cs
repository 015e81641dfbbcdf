using System.Net;
using System.Text.Json;
using CarePages.Core.Audit;

namespace CarePages.Demo.Tests.Api.Audit;

/// <summary>Runs the demo's site audit through its API, as the backoffice does: start, then follow the newest run.</summary>
internal static class DemoAudit
{
    /// <summary>Where the audit's endpoints live.</summary>
    public const string Root = DemoApi.Root + "/audit";

    // How often the newest run is read before the test gives up; the demo's six documents take a fraction of it.
    private const int MaxPolls = 1200;

    /// <summary>Starts a run as <paramref name="client"/>'s user and reads the newest run until it has ended; returns it.</summary>
    public static async Task<JsonElement> RunToEndAsync(HttpClient client)
    {
        var started = await client.PostAsync($"{Root}/runs", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await DemoApi.Json(started)).GetProperty("id").GetString();
        for (var poll = 0; poll < MaxPolls; poll++)
        {
            var run = await DemoApi.Json(await client.GetAsync($"{Root}/runs/latest"));
            Assert.Equal(id, run.GetProperty("id").GetString());
            if (!IsActive(run))
            {
                return run;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The audit run {id} did not end after {MaxPolls} looks at its progress.");
        return default;
    }

    /// <summary>Whether <paramref name="run"/> is still queued or running.</summary>
    public static bool IsActive(JsonElement run) =>
        run.GetProperty("state").GetString() is nameof(AuditRunState.Queued) or nameof(AuditRunState.Running);
}
