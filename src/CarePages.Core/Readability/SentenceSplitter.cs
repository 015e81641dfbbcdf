using System.Buffers;

namespace CarePages.Core.Readability;

/// <summary>
/// Sentences of one block of text (a paragraph, heading or list item), trimmed. A sentence ends at
/// <c>. ! ? … ؟ ۔ । 。</c> followed by white space and a word that does not start in lower case, unless the full stop
/// closes an abbreviation ("Dr.", "e.g.") or an initial. The end of the block always ends a sentence.
/// </summary>
public readonly struct SentenceSplitter : ITextSplitter
{
    // Titles and short forms that usually stand before a name or a number, so their full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dra", "drs", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "sra", "srta", "ud", "uds", "dña", "mme", "mlle",
        "hr", "nr", "nº", "núm", "tel", "tlf", "vs", "approx", "ca", "bzw", "vgl", "fig", "pág", "art",
    };

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…؟۔।。！？");

    /// <inheritdoc />
    public static bool TryNext(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        while (position < text.Length)
        {
            var from = position;
            position = FindEnd(text, from);
            var sentence = text[from..position];
            var trimmed = sentence.Trim();
            if (!trimmed.IsEmpty)
            {
                start = from + (sentence.Length - sentence.TrimStart().Length);
                length = trimmed.Length;
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    private static int FindEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && text[i..].IndexOfAny(Terminators) is var found and >= 0)
        {
            i += found;
            var end = i + 1;
            while (end < text.Length && (IsTerminator(text[end]) || IsCloser(text[end])))
            {
                end++;
            }

            if (end >= text.Length)
            {
                return text.Length;
            }

            if (char.IsWhiteSpace(text[end]) && !NextWordIsLowerCase(text, end) && !(text[i] == '.' && end == i + 1 && IsAbbreviation(text, i)))
            {
                return end;
            }

            i = end;
        }

        return text.Length;
    }

    private static bool NextWordIsLowerCase(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsOpener(c))
            {
                continue;
            }

            return char.IsLower(c);
        }

        return false;
    }

    // The word before the full stop at `dot`: an initial, a dotted abbreviation (e.g, z.B) or a known title.
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..dot];
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

    private static bool IsTerminator(char c) => Terminators.Contains(c);

    private static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›' or '」';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '‹' or '¿' or '¡' or '„' or '「';
}
