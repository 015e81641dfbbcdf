using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace CarePages.Benchmarks;

/// <summary>
/// The medians in milliseconds, axe-core's median time over the engine's on the same 50 KB content, and how much
/// of the engine's time its rules take (as opposed to parsing and indexing).
/// </summary>
public static class MedianRatios
{
    /// <summary>Prints the ratios and writes them to <paramref name="path"/>; says so when a benchmark gave no result.</summary>
    public static void Report(IEnumerable<Summary> summaries, string path)
    {
        var medians = summaries.SelectMany(s => s.Reports)
            .Where(r => r.ResultStatistics is not null)
            .ToDictionary(r => NameOf(r.BenchmarkCase), r => r.ResultStatistics!.Median);
        var text = new StringBuilder("| Median | ms |\n| --- | ---: |\n");
        foreach (var (name, median) in medians)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {median / 1e6:0.000} |\n");
        }

        text.Append('\n');
        if (!medians.TryGetValue(nameof(CheckBenchmarks.EngineRichText50KB), out var engine))
        {
            text.Append("The engine's 50 KB benchmark gave no result, so there is no ratio.\n");
        }
        else
        {
            if (medians.TryGetValue(nameof(CheckBenchmarks.EngineNoRules50KB), out var floor))
            {
                text.Append(CultureInfo.InvariantCulture, $"Rules' share of the 50 KB check (engine minus parse and index): {(engine - floor) / 1e6:0.000} ms\n");
            }

            foreach (var axe in new[] { nameof(CheckBenchmarks.AxeWcagAandAA), nameof(CheckBenchmarks.AxeDefaultRules) })
            {
                text.Append(medians.TryGetValue(axe, out var median)
                    ? string.Create(CultureInfo.InvariantCulture, $"{axe} / {nameof(CheckBenchmarks.EngineRichText50KB)} (medians): {median / engine:0.0}x\n")
                    : $"{axe} gave no result (see the log for why), so there is no ratio for it.\n");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString());
        Console.WriteLine();
        Console.Write(text);
    }

    /// <summary>The method's name, with its parameters when it has some (one row per page of the render benchmark).</summary>
    private static string NameOf(BenchmarkDotNet.Running.BenchmarkCase benchmark) =>
        benchmark.Parameters.Count == 0
            ? benchmark.Descriptor.WorkloadMethod.Name
            : $"{benchmark.Descriptor.WorkloadMethod.Name} {string.Join(", ", benchmark.Parameters.Items.Select(p => $"{p.Name}={p.Value}"))}";
}
