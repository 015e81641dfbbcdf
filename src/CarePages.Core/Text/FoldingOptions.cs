namespace CarePages.Core.Text;

/// <summary>
/// How <see cref="TextFolding"/> folds text. The defaults suit matching editors' text against word lists (the check rules):
/// case, accents and punctuation do not count. Letter case, Arabic vowel marks, tatweel and Arabic letter variants
/// (أ إ آ ٱ → ا, ى → ي, ة → ه) are always folded; only what a caller truly needs to keep is an option.
/// </summary>
public sealed record FoldingOptions
{
    /// <summary>The defaults: invariant case rules, accents dropped, punctuation and symbols read as spaces.</summary>
    public static FoldingOptions Default { get; } = new();

    /// <summary>
    /// The culture whose case rules lower-case the text (Turkish dotted and dotless i), or null (the default) for the
    /// invariant rules. A name the runtime does not know uses the invariant rules.
    /// </summary>
    public string? Culture { get; init; }

    /// <summary>
    /// False (the default): accents and other marks on letters are dropped, so <c>Músculo</c> reads as <c>musculo</c>.
    /// True: they are kept, because they make a different word: the glossary keeps them on purpose, since for a translator
    /// <c>kétamine</c> and <c>ketamine</c> are different spellings. Arabic marks (vowel marks, hamza and madda on alef)
    /// are dropped either way.
    /// </summary>
    public bool KeepAccents { get; init; }

    /// <summary>
    /// False (the default): every run of punctuation, symbols and white space becomes one space, so "» Leer MÁS…" reads as
    /// <c>leer mas</c>. True: punctuation and symbols stay (typographic apostrophes and hyphens made plain) and only runs
    /// of white space become one space: the glossary keeps them because they belong to terms such as <c>5-HT3</c>,
    /// <c>Na+</c> or <c>C++</c>.
    /// </summary>
    public bool KeepPunctuation { get; init; }
}
