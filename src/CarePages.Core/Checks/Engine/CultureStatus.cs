namespace CarePages.Core.Checks.Engine;

/// <summary>How usable a culture name is for checking.</summary>
public enum CultureStatus
{
    /// <summary>Well-formed and known.</summary>
    Supported,

    /// <summary>Well-formed but unknown to this machine's culture data.</summary>
    Unsupported,

    /// <summary>Not a language tag.</summary>
    Invalid,
}
