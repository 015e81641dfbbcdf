using System.Reflection;

namespace CarePages.Demo.Tests;

/// <summary>The repository's root folder, recorded at build time (see the project file's <c>RepositoryRoot</c> metadata).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
