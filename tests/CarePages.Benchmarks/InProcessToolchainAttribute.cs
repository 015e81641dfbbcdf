using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CarePages.Benchmarks;

/// <summary>
/// Runs a class's benchmarks inside the host process, keeping every other setting of the job: the demo is hosted by
/// <c>WebApplicationFactory</c>, which needs the dependency files that only the benchmark project's own build has.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessToolchainAttribute : Attribute, IConfigSource
{
    /// <inheritdoc />
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
}
