using System.Reflection;

namespace CarePages.Cli.Tests.TestSupport;

/// <summary>Folders the tests read: the repository's sample content and fixtures, and the shared W3C ACT cases beside it.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = typeof(Paths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The sample clinic's Management API documents.</summary>
    public static string SampleClinic { get; } = Path.Combine(RepositoryRoot, "src", "CarePages.Core", "SampleContent", "Clinic");

    /// <summary>The article's two defective documents.</summary>
    public static string DefectiveArticle { get; } = Path.Combine(RepositoryRoot, "tests", "CarePages.Core.Tests", "Fixtures", "DefectiveArticle");

    /// <summary>The W3C ACT test cases (../shared/standards/act-rules).</summary>
    public static string ActRules { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "standards", "act-rules"));

    /// <summary>The OASIS XLIFF schemas and test suites (../shared/standards/xliff).</summary>
    public static string Xliff { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "standards", "xliff"));

    /// <summary>The built tool, copied beside the tests by the project reference.</summary>
    public static string ToolAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "carepages.dll");
}
