namespace CarePages.Demo.Tests.Browser;

/// <summary>
/// Where the screenshots go: <c>screenshots/</c> under <c>CAREPAGES_ARTIFACTS</c> when it is set, otherwise under
/// this project's git-ignored <c>TestResults/</c>.
/// </summary>
internal static class ScreenshotFolder
{
    public const string ArtifactsVariable = "CAREPAGES_ARTIFACTS";

    public static string Path => System.IO.Path.Combine(ArtifactsRoot, "screenshots");

    /// <summary>The path of <paramref name="fileName"/> in the folder, which is created when missing.</summary>
    public static string FileNamed(string fileName)
    {
        Directory.CreateDirectory(Path);
        return System.IO.Path.Combine(Path, fileName);
    }

    private static string ArtifactsRoot =>
        Environment.GetEnvironmentVariable(ArtifactsVariable) is { Length: > 0 } root
            ? System.IO.Path.GetFullPath(root)
            : System.IO.Path.Combine(RepositoryRoot.Path, "tests", "CarePages.Demo.Tests", "TestResults");
}
