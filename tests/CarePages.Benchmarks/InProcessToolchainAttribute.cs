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
    /// <summary>In process, with the toolchain's default time limit per benchmark (5 minutes).</summary>
    public InProcessToolchainAttribute()
        : this(InProcessEmitToolchain.Instance)
    {
    }

    /// <summary>In process, allowing each benchmark <paramref name="timeoutMinutes"/> (the whole-site audit runs for minutes).</summary>
    public InProcessToolchainAttribute(int timeoutMinutes)
        : this(new InProcessEmitToolchain(TimeSpan.FromMinutes(timeoutMinutes), logOutput: true))
    {
    }

    private InProcessToolchainAttribute(BenchmarkDotNet.Toolchains.IToolchain toolchain) =>
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default.WithToolchain(toolchain).AsMutator());

    /// <inheritdoc />
    public IConfig Config { get; }
}
