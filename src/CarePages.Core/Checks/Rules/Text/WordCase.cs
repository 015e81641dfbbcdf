namespace CarePages.Core.Checks.Rules.Text;

/// <summary>How a word counts towards a run of capitals.</summary>
internal enum WordCase
{
    /// <summary>Two or more capitals and no lower-case letter.</summary>
    Upper,

    /// <summary>Neither counts nor breaks a run: one capital ("I", "A"), or only ß.</summary>
    Neutral,

    /// <summary>Breaks a run: lower-case letters, or letters of a script without case.</summary>
    Other,
}
