namespace CarePages.TestSupport;

/// <summary>The read-only standards data in <c>../shared/standards</c> beside the repository.</summary>
public static class SharedStandards
{
    /// <summary>The folder of the W3C ACT test cases.</summary>
    public static string ActRules { get; } = InShared("act-rules");

    /// <summary>The folder of the XLIFF schemas and OASIS test suites (xliff-12, xliff-21, xliff-22).</summary>
    public static string Xliff { get; } = InShared("xliff");

    private static string InShared(string folder) =>
        Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "standards", folder));
}
