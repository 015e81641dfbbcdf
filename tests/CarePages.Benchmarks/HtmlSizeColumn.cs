using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CarePages.Benchmarks;

/// <summary>The HTML size of the page a <see cref="PageRenderBenchmarks"/> case requested, in KB (1,024 bytes).</summary>
public sealed class HtmlSizeColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, int> SizesByPage = new(StringComparer.Ordinal);

    /// <summary>Remembers the size of <paramref name="page"/>'s HTML; benchmarks run in process (see <see cref="InProcessToolchainAttribute"/>).</summary>
    public static void Record(string page, int bytes) => SizesByPage[page] = bytes;

    /// <inheritdoc />
    public string Id => nameof(HtmlSizeColumn);

    /// <inheritdoc />
    public string ColumnName => "HTML (KB)";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Size of the page's HTML in KB (1,024 bytes), as served";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters["Page"] is string page && SizesByPage.TryGetValue(page, out var bytes)
            ? (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)
            : "-";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(PageRenderBenchmarks));
}
