namespace CarePages.Core.Xliff;

/// <summary>How a field's text is exchanged.</summary>
public enum XliffFieldKind
{
    /// <summary>Text without markup: one trans-unit holding plain text.</summary>
    PlainText,

    /// <summary>Rich-text HTML: one trans-unit per block, inline markup as codes.</summary>
    RichText,
}
