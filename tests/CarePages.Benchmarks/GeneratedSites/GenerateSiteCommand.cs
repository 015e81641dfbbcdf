using System.Diagnostics;
using System.Globalization;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// <c>generate-site [--documents N] [--folder DIR] [--out FILE]</c>: makes (or reuses) the cached generated site of N
/// documents (default 10,000) in DIR (default <see cref="BenchmarkArtifacts.GeneratedSites"/>), copies it to FILE when given, and
/// prints its report: counts of documents, cultures, states and defects per kind, the probe document, time and size.
/// </summary>
public static class GenerateSiteCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "generate-site";

    /// <summary>True when <paramref name="args"/> ask for this command rather than benchmarks.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args is [Name, ..];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string defaultFolder)
    {
        ArgumentNullException.ThrowIfNull(args);
        var documents = GeneratedSite.DefaultDocuments;
        var folder = defaultFolder;
        string? output = null;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--documents" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    documents = n;
                    break;
                case "--folder" when value is not null:
                    folder = Path.GetFullPath(value);
                    break;
                case "--out" when value is not null:
                    output = Path.GetFullPath(value);
                    break;
                default:
                    await Console.Error.WriteLineAsync($"{Name}: unexpected argument {args[i]}. Usage: {Name} [--documents N] [--folder DIR] [--out FILE]");
                    return 2;
            }

            i++;
        }

        var clock = Stopwatch.StartNew();
        var path = await GeneratedSite.EnsureAsync(documents, folder);
        var report = await GeneratedSiteReport.ReadAsync(GeneratedSite.ReportPath(path), CancellationToken.None);
        Console.WriteLine($"site={path}");
        Console.WriteLine(FormattableString.Invariant($"ensure-seconds={clock.Elapsed.TotalSeconds:0.0} (generation-seconds in the report is the first run's)"));
        foreach (var line in report.Lines())
        {
            Console.WriteLine(line);
        }

        if (output is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.Copy(path, output, overwrite: true);
            Console.WriteLine($"copied-to={output}");
        }

        return 0;
    }
}
