namespace CarePages.Core.Readability;

/// <summary>Accumulates <see cref="TextStatistics"/> word by word and sentence by sentence, for callers that walk text themselves.</summary>
public sealed class TextStatisticsBuilder
{
    /// <summary>Longest word, in letters, that counts as a word; longer runs (URLs, codes, run-together text) are left out.</summary>
    public const int MaxWordLength = 40;

    // Prose repeats its words, so each distinct word is counted once; the cache stops growing at MaxCachedWords so that
    // text with few repeats (long lists of codes or names) cannot grow it without bound.
    private const int MaxCachedWords = 4096;

    private readonly SyllableCounter? _counter;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _syllablesByWord =
        new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
        _syllables += _counter is null ? 0 : SyllablesOf(word, _counter);
        if (_osman is not null)
        {
            _osman += OsmanCounts.Of(word);
        }

        return true;
    }

    private int SyllablesOf(ReadOnlySpan<char> word, SyllableCounter counter)
    {
        if (!_syllablesByWord.TryGetValue(word, out var syllables))
        {
            syllables = counter.Count(word);
            if (_syllablesByWord.Dictionary.Count < MaxCachedWords)
            {
                _syllablesByWord[word] = syllables;
            }
        }

        return syllables;
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
