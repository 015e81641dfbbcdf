using System.Reflection;

namespace CarePages.Core.Tests.Checks.TestSupport;

/// <summary>The read-only standards data in <c>../shared/standards</c> beside the repository.</summary>
internal static class SharedStandards
{
    public static string RepositoryRoot { get; } = typeof(SharedStandards).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The folder of the W3C ACT test cases.</summary>
    public static string ActRules { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "standards", "act-rules"));

    /// <summary>The folder of the XLIFF schemas and OASIS test suites (xliff-12, xliff-21, xliff-22).</summary>
    public static string Xliff { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "standards", "xliff"));
}
