using CarePages.Cli.Output;
using CarePages.Cli.Translation;
using CarePages.Core.Audit;

namespace CarePages.Cli.Auditing;

/// <summary>
/// Runs a site audit of the demo store for the command line: queues it as <c>cli</c> and works it through in this
/// process (or, when the demo's worker on the same file took it first, follows it there), showing its progress; an
/// interrupt (Ctrl+C) becomes a cancel request, so the run ends cancelled after its current batch with its results kept.
/// </summary>
internal sealed class CliAuditRunner(DemoStoreSession session, AuditProgressWriter progress)
{
    /// <summary>The outcome: the run as it ended, or the other run that was already active (then nothing was started).</summary>
    public async Task<AuditRunResult> RunAsync(string user, CancellationToken interrupt)
    {
        var started = await session.AuditRuns.StartAsync("cli", user, CancellationToken.None).ConfigureAwait(false);
        if (started is not { Status: AuditRunOperationStatus.Queued, Run: { } run })
        {
            return started;
        }

        var work = session.AuditWorker.RunPendingAsync(CancellationToken.None);
        var cancelAsked = false;
        while (true)
        {
            await WaitAsync(work, cancelAsked ? CancellationToken.None : interrupt).ConfigureAwait(false);
            if (interrupt.IsCancellationRequested && !cancelAsked)
            {
                cancelAsked = true;
                await session.AuditRuns.CancelAsync(CancellationToken.None).ConfigureAwait(false);
            }

            run = await session.AuditRuns.GetAsync(run.Id, CancellationToken.None).ConfigureAwait(false) ?? run;
            if (!run.IsActive)
            {
                break;
            }

            progress.Report(run);
            if (work.IsCompleted)
            {
                // Another process took the run: follow it, and take it up if that process stops reporting.
                await work.ConfigureAwait(false);
                work = session.AuditWorker.RunPendingAsync(CancellationToken.None);
            }
        }

        await work.ConfigureAwait(false);
        progress.Finish(run);
        return new AuditRunResult(started.Status, run);
    }

    // Until the next look at the progress, the worker's end or the interrupt, whichever comes first.
    private async Task WaitAsync(Task work, CancellationToken interrupt)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        var tick = Task.Delay(progress.PollInterval, wake.Token);
        await Task.WhenAny(work, tick).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
    }
}
