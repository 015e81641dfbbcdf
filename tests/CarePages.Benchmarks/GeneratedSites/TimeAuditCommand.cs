using System.Diagnostics;
using CarePages.Core.Audit;
using CarePages.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// <c>time-audit [--documents N]</c>: audits a copy of the generated site twice (nothing stored, then nothing changed),
/// printing the run's progress every few seconds and each run's wall time: a quick look before the benchmark proper.
/// </summary>
internal static class TimeAuditCommand
{
    public static bool Handles(string[] args) => args is ["time-audit", ..];

    public static async Task<int> RunAsync(string[] args, string folder)
    {
        var documents = args.SkipWhile(a => a != "--documents").Skip(1).Select(int.Parse).DefaultIfEmpty(GeneratedSite.DefaultDocuments).First();
        var site = await GeneratedSite.EnsureAsync(documents, folder);
        await using var host = await GeneratedSiteHost.OpenCopyAsync(site, TempDatabase.NewPath());
        try
        {
            foreach (var label in new[] { "nothing stored", "nothing changed" })
            {
                await using var scope = host.CreateScope();
                var coordinator = scope.ServiceProvider.GetRequiredService<AuditRunCoordinator>();
                await coordinator.StartAsync("benchmark", "benchmark");
                var watch = Stopwatch.StartNew();
                using var stop = new CancellationTokenSource();
                var reporter = ReportAsync(host, watch, stop.Token);
                var run = await scope.ServiceProvider.GetRequiredService<AuditWorker>().RunPendingAsync();
                await stop.CancelAsync();
                await reporter;
                Console.WriteLine($"{label}: {run?.State} in {watch.Elapsed.TotalSeconds:F1} s: {run?.Done}/{run?.Total} documents of {run?.Documents}, {run?.CulturesChecked} language versions checked");
            }
        }
        finally
        {
            TempDatabase.Delete(host.DatabasePath);
        }

        return 0;
    }

    private static async Task ReportAsync(GeneratedSiteHost host, Stopwatch watch, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                await using var scope = host.CreateScope();
                if (await scope.ServiceProvider.GetRequiredService<AuditRunCoordinator>().GetLatestAsync(cancellationToken) is { } run)
                {
                    Console.WriteLine($"  {watch.Elapsed.TotalSeconds,6:F1} s: {run.Done}/{run.Total}, {run.CulturesChecked} language versions");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
