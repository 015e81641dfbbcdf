namespace CarePages.Umbraco.Installation;

/// <summary>How an installer run ended.</summary>
public enum CarePagesInstallOperationStatus
{
    /// <summary>Everything was created or updated; the version marker was stored.</summary>
    Success,

    /// <summary>The stored version marker matched; nothing was touched.</summary>
    AlreadyUpToDate,

    /// <summary>Installation is switched off in configuration.</summary>
    Disabled,

    /// <summary>At least one step failed; the marker was not stored, so the next start tries again.</summary>
    StepsFailed,
}
