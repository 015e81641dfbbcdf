namespace CarePages.Cli.Tests.TestSupport;

/// <summary>Folders the tests read: the repository's sample content and fixtures, and the built tool.</summary>
internal static class Paths
{
    /// <summary>The sample clinic's Management API documents.</summary>
    public static string SampleClinic { get; } = Path.Combine(RepositoryRoot.Path, "src", "CarePages.Core", "SampleContent", "Clinic");

    /// <summary>The article's two defective documents.</summary>
    public static string DefectiveArticle { get; } = Path.Combine(RepositoryRoot.Path, "tests", "CarePages.Core.Tests", "Fixtures", "DefectiveArticle");

    /// <summary>The built tool, copied beside the tests by the project reference.</summary>
    public static string ToolAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "carepages.dll");
}
