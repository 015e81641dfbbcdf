using BenchmarkDotNet.Running;
using CarePages.Benchmarks;
using CarePages.Benchmarks.GeneratedSites;

// The host process: `generate-site …` makes the generated site of issue 20 and stops, `time-audit` times the site
// audit on it once; otherwise it writes the generated
// content once so it can be inspected, runs the benchmarks chosen by --filter (each in its own process), then prints
// axe-core's median time over the engine's.
var artifacts = BenchmarkArtifacts.Folder;
if (GenerateSiteCommand.Handles(args))
{
    return await GenerateSiteCommand.RunAsync(args, BenchmarkArtifacts.GeneratedSites);
}

if (TimeAuditCommand.Handles(args))
{
    return await TimeAuditCommand.RunAsync(args, BenchmarkArtifacts.GeneratedSites);
}

ContentArtefacts.Write(Path.Combine(artifacts, "content"));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args, BenchmarkSettings.Create(artifacts));
MedianRatios.Report(summaries, Path.Combine(artifacts, "results", "ratios.md"));
return 0;
