using CarePages.Core.Text;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// One term of a glossary for one language pair: the source term and the target term a translation must use, or a
/// term that must stay as it is (a brand name such as Spravato). Terms are kept trimmed and in Unicode NFC.
/// Create entries with <see cref="Translate"/> or <see cref="DoNotTranslateTerm"/>.
/// </summary>
public sealed record GlossaryEntry
{
    private GlossaryEntry(LanguagePair pair, string sourceTerm, string targetTerm, bool doNotTranslate)
    {
        Pair = pair;
        SourceTerm = sourceTerm;
        TargetTerm = targetTerm;
        DoNotTranslate = doNotTranslate;
    }

    /// <summary>The language pair the entry belongs to.</summary>
    public LanguagePair Pair { get; }

    /// <summary>The term as it is written in the source culture.</summary>
    public string SourceTerm { get; }

    /// <summary>The term a translation must use; the source term itself when <see cref="DoNotTranslate"/>.</summary>
    public string TargetTerm { get; }

    /// <summary>True when the term must appear unchanged in the translation.</summary>
    public bool DoNotTranslate { get; }

    /// <summary>A definition or advice for translators and reviewers (also where an uncertain term is flagged).</summary>
    public string? Note { get; init; }

    /// <summary>The term's part of speech, where known.</summary>
    public PartOfSpeech? PartOfSpeech { get; init; }

    /// <summary>An entry requiring <paramref name="targetTerm"/> where the source says <paramref name="sourceTerm"/>.</summary>
    public static GlossaryEntry Translate(LanguagePair pair, string sourceTerm, string targetTerm)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new GlossaryEntry(pair, Clean(sourceTerm), Clean(targetTerm), doNotTranslate: false);
    }

    /// <summary>An entry requiring <paramref name="term"/> to appear unchanged in the translation.</summary>
    public static GlossaryEntry DoNotTranslateTerm(LanguagePair pair, string term)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var clean = Clean(term);
        return new GlossaryEntry(pair, clean, clean, doNotTranslate: true);
    }

    private static string Clean(string term)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        return NormalisedText.Of(term);
    }
}
