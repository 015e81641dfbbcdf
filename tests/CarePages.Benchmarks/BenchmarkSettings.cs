using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace CarePages.Benchmarks;

/// <summary>
/// Settings for a 2-core VM: one process per benchmark, five warm-up iterations and twenty measured ones of
/// about half a second each (one axe-core run is longer, so it is one call per iteration), medians, minima and
/// maxima beside means (a shared machine has long tails), allocations counted, times in milliseconds. The
/// default exporters (GitHub markdown, CSV, HTML) write the tables under the artifacts folder.
/// </summary>
public static class BenchmarkSettings
{
    /// <summary>The job every benchmark runs with.</summary>
    public static Job Job { get; } = Job.Default
        .WithId("2-core")
        .WithLaunchCount(1)
        .WithWarmupCount(5)
        .WithIterationCount(20)
        .WithIterationTime(TimeInterval.FromMilliseconds(500));

    /// <summary>The configuration, writing its reports under <paramref name="artifactsPath"/>.</summary>
    public static IConfig Create(string artifactsPath) =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
            .AddColumn(new HtmlSizeColumn())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond))
            .WithArtifactsPath(artifactsPath);
}
