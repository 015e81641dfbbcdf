using System.Reflection;

namespace CarePages.Benchmarks;

/// <summary>Where the benchmarks write (and cache) what they make: <c>BenchmarkDotNet.Artifacts</c> beside the project, ignored by git.</summary>
public static class BenchmarkArtifacts
{
    /// <summary>The artifacts folder.</summary>
    public static string Folder { get; } = Path.Combine(
        typeof(BenchmarkArtifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "BenchmarkProjectDirectory").Value!,
        "BenchmarkDotNet.Artifacts");

    /// <summary>The cached generated sites (<see cref="GeneratedSites.GeneratedSite"/>).</summary>
    public static string GeneratedSites => Path.Combine(Folder, "generated-sites");
}
