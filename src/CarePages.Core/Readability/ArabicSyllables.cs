namespace CarePages.Core.Readability;

/// <summary>
/// The syllables of one Arabic word in the classes OSMAN counts (El-Haj &amp; Rayson 2016): short (a consonant and a
/// short vowel, كَ in كَتَبَ), long (a short vowel followed by the letter that lengthens it, تَا in كِتَاب), nunation (a
/// tanween ending, ـٌ) and geminates (a shadda, the doubled دّ in شَدَّدَ).
/// </summary>
/// <param name="ShortVowels">Short vowels not lengthened by a following ا, و, ي or ى.</param>
/// <param name="LongVowels">Long vowels: a short vowel followed by ا, و, ي or ى, or a dagger alif.</param>
/// <param name="Nunation">Tanween marks (ـً ـٌ ـٍ): a short vowel and n, spoken as one syllable.</param>
/// <param name="Geminates">Shadda marks: a doubled consonant, which OSMAN counts as a stress syllable.</param>
public readonly record struct ArabicSyllables(int ShortVowels, int LongVowels, int Nunation, int Geminates)
{
    /// <summary>The syllables as spoken: every short, long and nunated vowel (a shadda adds a consonant, not a syllable).</summary>
    public int Count => ShortVowels + LongVowels + Nunation;

    /// <summary>
    /// The syllable count OSMAN uses: long and stress syllables (tanween and shadda) count double, short ones once.
    /// </summary>
    public int OsmanWeight => ShortVowels + (2 * (LongVowels + Nunation + Geminates));

    /// <summary>The vowel, tanween and shadda marks of the word, which OSMAN compares with 4 to call a word complex.</summary>
    public int Marks => ShortVowels + LongVowels + Nunation + Geminates;
}
