namespace CarePages.Core.Checks;

/// <summary>Where a markup rule applies.</summary>
[Flags]
public enum CheckScope
{
    /// <summary>Nowhere (a disabled scope).</summary>
    None = 0,

    /// <summary>Each rich-text field, as a fragment the template places under a section heading.</summary>
    RichTextField = 1,

    /// <summary>Each plain or multi-line text field.</summary>
    TextField = 2,

    /// <summary>A whole rendered page.</summary>
    Page = 4,

    /// <summary>Rich-text fields and whole pages.</summary>
    Markup = RichTextField | Page,

    /// <summary>Everything that holds text patients read.</summary>
    AllText = RichTextField | TextField | Page,
}
