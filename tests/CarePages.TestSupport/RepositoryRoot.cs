using System.Reflection;

namespace CarePages.TestSupport;

/// <summary>The repository's root folder, recorded at build time (see tests/Directory.Build.props, <c>RepositoryRoot</c>).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
