using System.Globalization;
using System.Text;

namespace CarePages.Core.Readability;

/// <summary>
/// Counts the syllables of a word in one language. The word is lower-cased and split at apostrophes, hyphens and digits;
/// each part is counted on its own, parts without a vowel (the "l" of "l'hôpital") add nothing, and every word has at
/// least one syllable.
/// </summary>
public abstract class SyllableCounter
{
    private const int StackLimit = 128;

    private readonly SyllableCache _counted = new();

    /// <summary>The syllables of <paramref name="word"/> (at least 1).</summary>
    public int Count(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        if (!_counted.TryGet(word, out var syllables))
        {
            syllables = CountParts(word);
            _counted.Add(word, syllables);
        }

        return syllables;
    }

    private int CountParts(ReadOnlySpan<char> word)
    {
        if (HasCombiningMark(word))
        {
            // Decomposed accents (e + U+0301) become the precomposed letters the counters know.
            word = word.ToString().Normalize(NormalizationForm.FormC).AsSpan();
        }

        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        var total = 0;
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c) || IsWordMark(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }

            if (length > 0)
            {
                total += CountPart(buffer[..length]);
                length = 0;
            }
        }

        if (length > 0)
        {
            total += CountPart(buffer[..length]);
        }

        return Math.Max(1, total);
    }

    /// <summary>The syllables of one lower-case run of letters; 0 when it has no vowel.</summary>
    protected abstract int CountPart(ReadOnlySpan<char> part);

    /// <summary>
    /// True for a non-letter that belongs inside a word and is handed to <see cref="CountPart"/> with its letters (by
    /// default none: the word splits at it). Scripts whose vowels are marks (Arabic) keep them.
    /// </summary>
    protected virtual bool IsWordMark(char c) => false;

    /// <summary>True when <paramref name="part"/> ends with <paramref name="suffix"/>.</summary>
    protected static bool EndsWith(ReadOnlySpan<char> part, string suffix) => part.EndsWith(suffix, StringComparison.Ordinal);

    private static bool HasCombiningMark(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                return true;
            }
        }

        return false;
    }
}
