using System.Globalization;

namespace CarePages.Core.Readability;

/// <summary>
/// Words: runs of letters, combining marks and digits, joined across an apostrophe or a hyphen between two of them
/// ("don't", "long-term", "l'hôpital" are one word). Tokens without a letter (numbers, symbols) are not words.
/// </summary>
public readonly struct WordSplitter : ITextSplitter
{
    /// <inheritdoc />
    public static bool TryNext(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        // Worked on in a local: the JIT keeps a ref parameter in memory, and this loop runs once per character.
        var at = position;
        while (at < text.Length)
        {
            while (at < text.Length && !IsWordCharacter(text[at]))
            {
                at++;
            }

            start = at;
            var hasLetter = false;
            while (at < text.Length)
            {
                var c = text[at];
                if (char.IsAsciiLetter(c))
                {
                    hasLetter = true;
                    at++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    at++;
                }
                else if (IsWordCharacter(c))
                {
                    hasLetter |= char.IsLetter(c);
                    at++;
                }
                else if (IsJoiner(c) && at + 1 < text.Length && IsWordCharacter(text[at + 1]))
                {
                    at++;
                }
                else
                {
                    break;
                }
            }

            if (hasLetter)
            {
                position = at;
                length = at - start;
                return true;
            }
        }

        position = at;
        start = length = 0;
        return false;
    }

    /// <summary>True for characters that make up words: letters, combining marks, digits and the zero-width non-joiner.</summary>
    public static bool IsWordCharacter(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || c == '\u200C' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or 'ʼ' or '-' or '‐' or '‑';
}
