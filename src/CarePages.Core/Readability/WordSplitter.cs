using System.Buffers;
using System.Globalization;

namespace CarePages.Core.Readability;

/// <summary>
/// Words: runs of letters, combining marks and digits, joined across an apostrophe or a hyphen between two of them
/// ("don't", "long-term", "l'hôpital" are one word). Tokens without a letter (numbers, symbols) are not words.
/// </summary>
public readonly struct WordSplitter : ITextSplitter
{
    private static readonly SearchValues<char> AsciiWordCharacters = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <inheritdoc />
    public static bool TryNext(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        while (position < text.Length)
        {
            while (position < text.Length && !IsWordCharacter(text[position]))
            {
                position++;
            }

            start = position;
            var hasLetter = false;
            while (position < text.Length)
            {
                // Most of a word is ASCII letters and digits, skipped in one vectorised search.
                var run = text[position..].IndexOfAnyExcept(AsciiWordCharacters);
                var end = run < 0 ? text.Length : position + run;
                hasLetter = hasLetter || text[position..end].ContainsAnyExcept(AsciiDigits);
                position = end;
                if (position == text.Length)
                {
                    break;
                }

                var c = text[position];
                if (IsWordCharacter(c))
                {
                    hasLetter |= char.IsLetter(c);
                    position++;
                }
                else if (IsJoiner(c) && position + 1 < text.Length && IsWordCharacter(text[position + 1]))
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            if (hasLetter)
            {
                length = position - start;
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    /// <summary>True for characters that make up words: letters, combining marks, digits and the zero-width non-joiner.</summary>
    public static bool IsWordCharacter(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || c == '\u200C' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or 'ʼ' or '-' or '‐' or '‑';
}
