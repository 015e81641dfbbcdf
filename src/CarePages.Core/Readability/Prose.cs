namespace CarePages.Core.Readability;

/// <summary>Sentence and word splitting for readability, without allocating.</summary>
public static class Prose
{
    /// <summary>The sentences of one block of text.</summary>
    public static TextSpanEnumerator<SentenceSplitter> Sentences(ReadOnlySpan<char> block) => new(block);

    /// <summary>The words of a text.</summary>
    public static TextSpanEnumerator<WordSplitter> Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>The number of words in <paramref name="text"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in Words(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>The letters of <paramref name="word"/>: combining marks, digits, apostrophes, hyphens and the Arabic tatweel do not count.</summary>
    public static int CountLetters(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsAscii(c) ? char.IsAsciiLetter(c) : char.IsLetter(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.ModifierLetter)
            {
                count++;
            }
        }

        return count;
    }
}
