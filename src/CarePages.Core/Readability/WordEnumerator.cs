using System.Globalization;

namespace CarePages.Core.Readability;

/// <summary>
/// The words of a text, without allocating: runs of letters, combining marks and digits, joined across an apostrophe or
/// a hyphen between two of them ("don't", "long-term", "l'hôpital" are one word). Tokens without a letter (numbers,
/// symbols) are not words.
/// </summary>
public ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Enumerates the words of <paramref name="text"/>.</summary>
    public WordEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
        CurrentStart = -1;
    }

    /// <summary>The current word.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Where the current word starts in the text.</summary>
    public int CurrentStart { get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly WordEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next word.</summary>
    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            while (_position < _text.Length && !IsWordCharacter(_text[_position]))
            {
                _position++;
            }

            if (_position >= _text.Length)
            {
                break;
            }

            var start = _position;
            var hasLetter = false;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (IsWordCharacter(c))
                {
                    hasLetter |= char.IsLetter(c);
                    _position++;
                }
                else if (IsJoiner(c) && _position + 1 < _text.Length && IsWordCharacter(_text[_position + 1]))
                {
                    _position++;
                }
                else
                {
                    break;
                }
            }

            if (hasLetter)
            {
                CurrentStart = start;
                Current = _text[start.._position];
                return true;
            }
        }

        Current = default;
        return false;
    }

    /// <summary>True for characters that make up words: letters, combining marks, digits and the zero-width non-joiner.</summary>
    public static bool IsWordCharacter(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || c == '\u200C' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or 'ʼ' or '-' or '‐' or '‑';
}
