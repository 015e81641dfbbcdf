using System.Reflection;
using BenchmarkDotNet.Running;
using CarePages.Benchmarks;

// The host process: writes the generated content once so it can be inspected, runs the benchmarks chosen by
// --filter (each in its own process), then prints axe-core's median time over the engine's.
var projectDirectory = typeof(CheckBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .First(a => a.Key == "BenchmarkProjectDirectory").Value!;
var artifacts = Path.Combine(projectDirectory, "BenchmarkDotNet.Artifacts");
ContentArtefacts.Write(Path.Combine(artifacts, "content"));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args, BenchmarkSettings.Create(artifacts));
MedianRatios.Report(summaries, Path.Combine(artifacts, "results", "ratios.md"));
