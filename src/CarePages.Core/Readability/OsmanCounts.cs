namespace CarePages.Core.Readability;

/// <summary>
/// The word counts OSMAN adds to Flesch's (El-Haj &amp; Rayson 2016, as defined by their reference tool): syllables weighted
/// by class, long words, complex words and Faseeh words. Only Arabic text has them; they are zero for other languages.
/// </summary>
/// <param name="Syllables">Syllables with long and stress syllables counted double (<see cref="ArabicSyllables.OsmanWeight"/>).</param>
/// <param name="LongWords">Words of more than 5 letters (vowel marks are not letters).</param>
/// <param name="ComplexWords">Words with more than 4 syllables, counted as vowel, tanween and shadda marks (<see cref="ArabicSyllables.Marks"/>).</param>
/// <param name="FaseehWords">
/// Words weighing more than 4 syllables that carry a mark of formal Arabic (fuṣḥā): ء, ئ, ؤ, ذ or ظ, or the plural
/// ending وا or ون.
/// </param>
public sealed record OsmanCounts(int Syllables, int LongWords, int ComplexWords, int FaseehWords)
{
    /// <summary>No words.</summary>
    public static OsmanCounts Empty { get; } = new(0, 0, 0, 0);

    /// <summary>The counts of one Arabic word.</summary>
    public static OsmanCounts Of(ReadOnlySpan<char> word)
    {
        var syllables = ArabicSyllableCounter.Classify(word);
        var weight = syllables.OsmanWeight;
        return new(
            weight,
            Prose.CountLetters(word) > 5 ? 1 : 0,
            syllables.Marks > 4 ? 1 : 0,
            weight > 4 && IsFaseeh(word) ? 1 : 0);
    }

    /// <summary>The sum of two counts.</summary>
    public static OsmanCounts operator +(OsmanCounts left, OsmanCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Syllables + right.Syllables, left.LongWords + right.LongWords, left.ComplexWords + right.ComplexWords, left.FaseehWords + right.FaseehWords);
    }

    /// <summary>Same as <c>+</c>.</summary>
    public static OsmanCounts Add(OsmanCounts left, OsmanCounts right) => left + right;

    private static bool IsFaseeh(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny("ءئؤذظ") >= 0)
        {
            return true;
        }

        // The last two letters, vowel marks skipped: the plural endings وا and ون.
        char last = '\0', beforeLast = '\0';
        foreach (var c in word)
        {
            if (char.IsLetter(c) && c != '\u0640')
            {
                beforeLast = last;
                last = c;
            }
        }

        return beforeLast == 'و' && last is 'ا' or 'ن';
    }
}
