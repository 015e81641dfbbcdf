namespace CarePages.Core.Readability;

/// <summary>Counts over a text that readability formulas are built from.</summary>
/// <param name="Sentences">Sentences, counting headings and list items as sentences of their own.</param>
/// <param name="Words">Words (tokens with at least one letter; numbers are left out).</param>
/// <param name="Syllables">Syllables of those words, or 0 when the language has no syllable counter.</param>
/// <param name="LongWords">Words of more than 6 letters.</param>
/// <param name="Letters">Letters of those words.</param>
public sealed record TextStatistics(int Sentences, int Words, int Syllables, int LongWords, int Letters)
{
    /// <summary>The word counts OSMAN needs, for Arabic text (<see cref="OsmanCounts.Empty"/> for other languages).</summary>
    public OsmanCounts Osman { get; init; } = OsmanCounts.Empty;

    /// <summary>No text.</summary>
    public static TextStatistics Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>ASL: average words per sentence.</summary>
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    /// <summary>ASW: average syllables per word.</summary>
    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    /// <summary>P100: syllables per 100 words.</summary>
    public double SyllablesPer100Words => SyllablesPerWord * 100;

    /// <summary>Percentage of words with more than 6 letters.</summary>
    public double LongWordPercentage => Words == 0 ? 0 : 100.0 * LongWords / Words;

    /// <summary>The sum of two counts, for text measured in parts.</summary>
    public static TextStatistics operator +(TextStatistics left, TextStatistics right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Sentences + right.Sentences, left.Words + right.Words, left.Syllables + right.Syllables, left.LongWords + right.LongWords, left.Letters + right.Letters)
        {
            Osman = left.Osman + right.Osman,
        };
    }

    /// <summary>Same as <c>+</c>.</summary>
    public static TextStatistics Add(TextStatistics left, TextStatistics right) => left + right;
}
