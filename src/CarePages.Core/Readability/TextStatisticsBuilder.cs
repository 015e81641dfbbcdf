namespace CarePages.Core.Readability;

/// <summary>Accumulates <see cref="TextStatistics"/> word by word and sentence by sentence, for callers that walk text themselves.</summary>
public sealed class TextStatisticsBuilder
{
    /// <summary>Longest word, in letters, that counts as a word; longer runs (URLs, codes, run-together text) are left out.</summary>
    public const int MaxWordLength = 40;

    private readonly SyllableCounter? _counter;
    private OsmanCounts? _osman;
    private int _sentences;
    private int _words;
    private int _syllables;
    private int _longWords;
    private int _letters;
    private int _wordsInSentence;

    /// <summary>Starts counting text in <paramref name="language"/> (language or culture code), which picks the syllable counter.</summary>
    public TextStatisticsBuilder(string language)
    {
        _counter = SyllableCounters.For(language);
        _osman = _counter is ArabicSyllableCounter ? OsmanCounts.Empty : null;
    }

    /// <summary>Counts <paramref name="word"/>; false when it is not a word (no letter, or longer than <see cref="MaxWordLength"/> letters).</summary>
    public bool AddWord(ReadOnlySpan<char> word)
    {
        var letters = Prose.CountLetters(word);
        if (letters == 0 || letters > MaxWordLength)
        {
            return false;
        }

        _words++;
        _wordsInSentence++;
        _letters += letters;
        _longWords += letters > 6 ? 1 : 0;
        _syllables += _counter?.Count(word) ?? 0;
        if (_osman is not null)
        {
            _osman += OsmanCounts.Of(word);
        }

        return true;
    }

    /// <summary>Ends the current sentence and returns its word count; a sentence without words is not counted.</summary>
    public int EndSentence()
    {
        var words = _wordsInSentence;
        _sentences += words > 0 ? 1 : 0;
        _wordsInSentence = 0;
        return words;
    }

    /// <summary>The counts so far (an unfinished sentence is counted as ended).</summary>
    public TextStatistics Build() =>
        new(_sentences + (_wordsInSentence > 0 ? 1 : 0), _words, _syllables, _longWords, _letters) { Osman = _osman ?? OsmanCounts.Empty };
}
