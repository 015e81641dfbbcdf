namespace CarePages.Cli;

/// <summary>The process exit codes of <c>carepages</c>.</summary>
public static class ExitCodes
{
    /// <summary>
    /// <c>check</c>: no finding in the checked files blocks publishing (documents lacking the culture are skipped); <c>act</c>: no
    /// false positive; <c>xliff validate</c>: the file is valid; <c>audit</c>: no finding at or above <c>--fail-on</c> matches
    /// the filters.
    /// </summary>
    public const int Success = 0;

    /// <summary>
    /// <c>check</c>: at least one finding blocks publishing; <c>act</c>: at least one ACT rule has a false positive;
    /// <c>xliff validate</c>: the file is not valid XLIFF; <c>audit</c>: a finding at or above <c>--fail-on</c> matches the filters.
    /// </summary>
    public const int Findings = 1;

    /// <summary>
    /// Bad usage or unreadable input, or (<c>check</c>) every document skipped for lack of the culture, so nothing was checked;
    /// the reason is one line on standard error.
    /// </summary>
    public const int BadInput = 2;

    /// <summary><c>audit</c>: another audit of the same site is queued or running; its progress is on standard error.</summary>
    public const int AuditAlreadyRunning = 3;

    /// <summary><c>audit</c>: stopped by Ctrl+C (the run is cancelled; what it audited is kept), as shells number an interrupt.</summary>
    public const int Cancelled = 130;
}
