namespace CarePages.Cli;

/// <summary>The process exit codes of <c>carepages</c>.</summary>
public static class ExitCodes
{
    /// <summary>
    /// <c>check</c>: no finding in the checked files blocks publishing (documents lacking the culture are skipped); <c>act</c>: no
    /// false positive; <c>xliff validate</c>: the file is valid.
    /// </summary>
    public const int Success = 0;

    /// <summary>
    /// <c>check</c>: at least one finding blocks publishing; <c>act</c>: at least one ACT rule has a false positive;
    /// <c>xliff validate</c>: the file is not valid XLIFF.
    /// </summary>
    public const int Findings = 1;

    /// <summary>
    /// Bad usage or unreadable input, or (<c>check</c>) every document skipped for lack of the culture, so nothing was checked;
    /// the reason is one line on standard error.
    /// </summary>
    public const int BadInput = 2;
}
