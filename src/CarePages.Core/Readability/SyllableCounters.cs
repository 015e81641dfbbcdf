using CarePages.Core.Text;

namespace CarePages.Core.Readability;

/// <summary>The syllable counter of each language that has one.</summary>
public static class SyllableCounters
{
    /// <summary>English: vowel groups with silent endings and common splits.</summary>
    public static SyllableCounter English { get; } = new EnglishSyllableCounter();

    /// <summary>Spanish: vowel nuclei with diphthong and hiatus rules.</summary>
    public static SyllableCounter Spanish { get; } = new SpanishSyllableCounter();

    /// <summary>French: vowel groups with silent endings and hiatus rules.</summary>
    public static SyllableCounter French { get; } = new FrenchSyllableCounter();

    /// <summary>German: vowels with diphthongs and long vowels as one.</summary>
    public static SyllableCounter German { get; } = new GermanSyllableCounter();

    /// <summary>Arabic: vowel marks where the text has them, else an estimate from the letters (OSMAN's syllable classes).</summary>
    public static SyllableCounter Arabic { get; } = new ArabicSyllableCounter();

    /// <summary>The counter for <paramref name="language"/> (language or culture code), or null when it has none.</summary>
    public static SyllableCounter? For(string language) => CultureNames.LanguageOf(language) switch
    {
        "en" => English,
        "es" => Spanish,
        "fr" => French,
        "de" => German,
        "ar" => Arabic,
        _ => null,
    };
}
