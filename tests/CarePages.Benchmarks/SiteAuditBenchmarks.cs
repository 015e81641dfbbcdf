using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CarePages.Benchmarks.GeneratedSites;
using CarePages.Core.Audit;
using CarePages.Persistence;
using CarePages.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Benchmarks;

/// <summary>
/// Issue 20's targets for the site audit over the generated site (10,000 documents × 6 cultures, draft and published):
/// a full audit with no stored results in at most 60 s, and a second run after 10 documents changed in at most 2 s. Each
/// invocation queues a run and works it through as the background worker does (<see cref="AuditWorker"/>), on every core.
/// In process, like the other benchmarks over the generated site, so no second copy of the benchmark project is built.
/// </summary>
[InProcessToolchain(timeoutMinutes: 60)]
[WarmupCount(0)]
[IterationCount(3)]
[InvocationCount(1)]
public class SiteAuditBenchmarks : IAsyncDisposable
{
    private const int ChangedDocuments = 10;
    private GeneratedSiteHost _host = null!;
    private int _round;

    /// <summary>Makes or reuses the site and opens the package's services on a copy of it.</summary>
    [GlobalSetup]
    public async Task OpenAsync()
    {
        var site = await GeneratedSite.EnsureAsync(GeneratedSite.DefaultDocuments, BenchmarkArtifacts.GeneratedSites);
        _host = await GeneratedSiteHost.OpenCopyAsync(site, TempDatabase.NewPath());
    }

    /// <summary>Before each full audit: no stored results.</summary>
    [IterationSetup(Target = nameof(FullAudit))]
    public void ForgetResults()
    {
        using var scope = _host.CreateScope();
        using var context = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CarePagesDbContext>>().CreateDbContext();
        context.AuditFindings.ExecuteDelete();
        context.AuditCultures.ExecuteDelete();
        context.AuditDocuments.ExecuteDelete();
    }

    /// <summary>Before each re-run: a full audit stored, then 10 documents' English names changed (every culture of them checks again).</summary>
    [IterationSetup(Target = nameof(AuditAfterTenChanges))]
    public void ChangeTenDocuments()
    {
        RunAsync().GetAwaiter().GetResult();
        _round++;
        var documents = _host.Content.GetAllAsync().GetAwaiter().GetResult();
        foreach (var document in documents.Where((_, i) => i % (documents.Count / ChangedDocuments) == 0).Take(ChangedDocuments))
        {
            var renamed = document with
            {
                Variants = document.Variants.Select(v => v.Culture == GeneratedSite.SourceCulture ? v with { Name = $"{v.Name} ({_round})" } : v).ToArray(),
            };
            _host.Content.SaveAsync(renamed).GetAwaiter().GetResult();
        }
    }

    /// <summary>Deletes the copy.</summary>
    [GlobalCleanup]
    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        TempDatabase.Delete(_host.DatabasePath);
        GC.SuppressFinalize(this);
    }

    /// <summary>Audits every document in every culture, draft and published, with nothing stored before.</summary>
    [Benchmark(Description = "Site audit: 10,000 documents x 6 cultures, nothing stored")]
    public Task<AuditRun> FullAudit() => RunAsync();

    /// <summary>Audits the site again after 10 documents changed.</summary>
    [Benchmark(Description = "Site audit: the same site after 10 documents changed")]
    public Task<AuditRun> AuditAfterTenChanges() => RunAsync();

    private async Task<AuditRun> RunAsync()
    {
        await using var scope = _host.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<AuditRunCoordinator>().StartAsync("benchmark", "benchmark");
        if (started.Status != AuditRunOperationStatus.Queued)
        {
            throw new InvalidOperationException($"A run was already active: {JsonSerializer.Serialize(started.Run)}");
        }

        var run = await scope.ServiceProvider.GetRequiredService<AuditWorker>().RunPendingAsync()
            ?? throw new InvalidOperationException("The queued run was not taken.");
        Console.WriteLine($"// audit {run.State}: {run.Done}/{run.Total} documents of {run.Documents}, {run.CulturesChecked} language versions checked, {run.Unreadable} unreadable");
        return run.State == AuditRunState.Completed ? run : throw new InvalidOperationException($"The run ended {run.State}: {run.Error}");
    }
}
