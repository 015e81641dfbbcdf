using System.Buffers;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Text gathered piece by piece with every run of white space as one space and none at either end, for
/// <see cref="ProseReader"/>: collapsed as it is appended, so a block is copied once, into its string.
/// </summary>
internal sealed class CollapsedText
{
    // White space as HTML text collapses it, plus the no-break and zero-width spaces editors paste.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000");

    private char[] _chars = new char[256];
    private int _length;
    private bool _spacePending;

    /// <summary>Appends <paramref name="text"/>.</summary>
    public void Append(string text)
    {
        if (_length + text.Length + 1 > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length + 1));
        }

        if (IsSingleSpaced(text))
        {
            AppendSingleSpaced(text);
            return;
        }

        var chars = _chars;
        var length = _length;
        foreach (var c in text)
        {
            // Every white-space character but the ASCII ones is U+0085 or above.
            if ((c > ' ' && c < '\u0085') || !WhiteSpace.Contains(c))
            {
                if (_spacePending)
                {
                    chars[length++] = ' ';
                    _spacePending = false;
                }

                chars[length++] = c;
            }
            else
            {
                _spacePending = length > 0;
            }
        }

        _length = length;
    }

    // Most text is printable ASCII with single spaces between words, which collapses to itself less a space at either end.
    private static bool IsSingleSpaced(string text) =>
        text.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0 && !text.Contains("  ", StringComparison.Ordinal);

    private void AppendSingleSpaced(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] == ' ')
        {
            _spacePending = _length > 0;
            text = text[1..];
        }

        var trailing = text.Length > 0 && text[^1] == ' ';
        text = trailing ? text[..^1] : text;
        if (text.Length > 0)
        {
            if (_spacePending)
            {
                _chars[_length++] = ' ';
                _spacePending = false;
            }

            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }

        if (trailing)
        {
            _spacePending = _length > 0;
        }
    }

    /// <summary>The text so far (empty when it is all white space), which starts the next block afresh.</summary>
    public string Take()
    {
        var text = _length == 0 ? string.Empty : new string(_chars, 0, _length);
        _length = 0;
        _spacePending = false;
        return text;
    }
}
