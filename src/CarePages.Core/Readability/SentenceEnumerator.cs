namespace CarePages.Core.Readability;

/// <summary>
/// The sentences of one block of text (a paragraph, heading or list item), without allocating. A sentence ends at
/// <c>. ! ? … ؟ ۔ । 。</c> followed by white space and a word that does not start in lower case, unless the full stop
/// closes an abbreviation ("Dr.", "e.g.") or an initial. The end of the block always ends a sentence.
/// </summary>
public ref struct SentenceEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Enumerates the sentences of <paramref name="text"/>.</summary>
    public SentenceEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
        CurrentStart = -1;
    }

    /// <summary>The current sentence, trimmed.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Where the current sentence starts in the text.</summary>
    public int CurrentStart { get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly SentenceEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next non-blank sentence.</summary>
    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            var start = _position;
            var end = FindEnd(start);
            _position = end;
            var sentence = _text[start..end];
            var trimmedStart = sentence.Length - sentence.TrimStart().Length;
            sentence = sentence.Trim();
            if (!sentence.IsEmpty)
            {
                CurrentStart = start + trimmedStart;
                Current = sentence;
                return true;
            }
        }

        Current = default;
        return false;
    }

    private readonly int FindEnd(int start)
    {
        for (var i = start; i < _text.Length; i++)
        {
            if (!IsTerminator(_text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < _text.Length && (IsTerminator(_text[end]) || IsCloser(_text[end])))
            {
                end++;
            }

            if (end >= _text.Length)
            {
                return _text.Length;
            }

            if (!char.IsWhiteSpace(_text[end]) || NextWordIsLowerCase(end) || (_text[i] == '.' && end == i + 1 && IsAbbreviation(i)))
            {
                i = end - 1;
                continue;
            }

            return end;
        }

        return _text.Length;
    }

    private readonly bool NextWordIsLowerCase(int from)
    {
        for (var i = from; i < _text.Length; i++)
        {
            var c = _text[i];
            if (char.IsWhiteSpace(c) || IsOpener(c))
            {
                continue;
            }

            return char.IsLower(c);
        }

        return false;
    }

    // The word before the full stop at `dot`: an initial, a dotted abbreviation (e.g, z.B) or a known title.
    private readonly bool IsAbbreviation(int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(_text[start - 1]) || _text[start - 1] == '.'))
        {
            start--;
        }

        var word = _text[start..dot];
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1 || word.Contains('.'))
        {
            return true;
        }

        return word.Length <= 5 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '؟' or '۔' or '।' or '。' or '！' or '？';

    private static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›' or '」';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '‹' or '¿' or '¡' or '„' or '「';

    // Titles and short forms that usually stand before a name or a number, so their full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dra", "drs", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "sra", "srta", "ud", "uds", "dña", "mme", "mlle",
        "hr", "nr", "nº", "núm", "tel", "tlf", "vs", "approx", "ca", "bzw", "vgl", "fig", "pág", "art",
    };
}
