using CarePages.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarePages.Persistence.Audit;

/// <summary>
/// The site audit's worker in a running site: on the server that runs audits (<see cref="IAuditServerRole"/>) it resumes a
/// run interrupted by a restart, takes runs queued from the backoffice, the API or another server, and queues the nightly
/// run when <c>CarePages:Audit:Schedule</c> names a time. Other servers do nothing here.
/// </summary>
internal sealed partial class AuditBackgroundService(
    IServiceScopeFactory scopes,
    IAuditServerRole role,
    AuditWorkSignal signal,
    AuditOptions options,
    TimeProvider clock,
    ILogger<AuditBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The options were validated at start-up, so a schedule that does not parse cannot reach here.
        var timeOfDay = AuditSchedule.TryParse(options.Schedule, out var parsed) ? parsed : null;
        var nextScheduled = timeOfDay is { } time ? AuditSchedule.NextAfter(clock.GetUtcNow(), time) : (DateTimeOffset?)null;
        var toldNotThisServer = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Asked every time: Umbraco elects the scheduling publisher after start-up, and may elect another later.
                if (!role.RunsAudits)
                {
                    if (!toldNotThisServer)
                    {
                        LogNotThisServer(logger);
                        toldNotThisServer = true;
                    }

                    await Task.Delay(options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (nextScheduled is { } due && clock.GetUtcNow() >= due)
                {
                    nextScheduled = AuditSchedule.NextAfter(clock.GetUtcNow(), timeOfDay!.Value);
                    await QueueScheduledAsync(stoppingToken);
                }

                await RunPendingAsync(stoppingToken);
                await signal.WaitAsync(Wait(nextScheduled), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failing database must not stop the host; the worker tries again after its poll interval.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // A run asked for here meanwhile wakes the worker at once (e.g. the tables were still being created at start-up).
                LogWorkerFailed(logger, exception);
                await signal.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan Wait(DateTimeOffset? nextScheduled)
    {
        var poll = options.PollInterval;
        return nextScheduled is { } due && due - clock.GetUtcNow() < poll ? TimeSpan.FromTicks(Math.Max(0, (due - clock.GetUtcNow()).Ticks)) : poll;
    }

    private async Task QueueScheduledAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditRunCoordinator>().StartAsync("schedule", "schedule", cancellationToken);
        LogScheduled(logger, result.Status);
    }

    private async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<AuditWorker>().RunPendingAsync(cancellationToken) is { } run)
        {
            LogFinished(logger, run.Id, run.State, run.Done, run.Total, run.Documents, run.CulturesChecked);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CarePages site audit: this server does not run audits for now (the scheduling publisher does); runs asked for here are queued for it.")]
    private static partial void LogNotThisServer(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "CarePages site audit: the worker failed and will try again.")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "CarePages site audit: nightly run {Status}.")]
    private static partial void LogScheduled(ILogger logger, AuditRunOperationStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "CarePages site audit {RunId} {State}: {Done} of {Total} changed documents audited ({Documents} in the site, {Cultures} language versions checked).")]
    private static partial void LogFinished(ILogger logger, Guid runId, AuditRunState state, int done, int total, int documents, int cultures);
}
