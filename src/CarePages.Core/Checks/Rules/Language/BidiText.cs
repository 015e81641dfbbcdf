namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// The few Unicode bidirectional classes the direction rule needs, judged per character: right-to-left letters (Hebrew,
/// Arabic, Syriac, Thaana, N'Ko and their presentation forms), left-to-right letters (any other letter), European digits, and the
/// neutral characters that hold a left-to-right run together (spaces, <c>+</c>, <c>.</c>, <c>/</c>, brackets …).
/// </summary>
internal static class BidiText
{
    /// <summary>Stands for content the run finder must not look into: an isolated element, a nested block, an image.</summary>
    public const char Opaque = '\uFFFC';

    /// <summary>Left-to-right isolate, right-to-left isolate and first-strong isolate.</summary>
    public static bool OpensIsolate(char c) => c is '\u2066' or '\u2067' or '\u2068';

    /// <summary>Pop directional isolate.</summary>
    public static bool ClosesIsolate(char c) => c == '\u2069';

    /// <summary>A strong right-to-left character (Arabic-Indic digits, which are not, excluded).</summary>
    public static bool IsRightToLeft(char c) =>
        (c is >= '\u0590' and <= '\u08FF' && c is not (>= '\u0660' and <= '\u0669') and not (>= '\u06F0' and <= '\u06F9'))
        || c is >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    /// <summary>A character that starts or continues a left-to-right run: a letter that is not right-to-left, or a European digit.</summary>
    public static bool IsLeftToRight(char c) => char.IsAsciiDigit(c) || (char.IsLetter(c) && !IsRightToLeft(c));

    /// <summary>A neutral that stays inside a left-to-right run when one follows it.</summary>
    public static bool Joins(char c) => c is ' ' or '\u00A0' or '\u202F' or '.' or ',' or ':' or '/' or '-' or '+' or '(' or ')' or '%' or '\'' or '’' or '&' or '_' or '×' or '–' or '#' or '°';

    /// <summary>The maximal left-to-right runs of <paramref name="text"/>, each trimmed to its first and last strong character or digit.</summary>
    public static IEnumerable<string> LeftToRightRuns(string text) => LeftToRightRanges(text).Select(r => text[r]);

    /// <summary>Where the runs of <see cref="LeftToRightRuns"/> are in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Range> LeftToRightRanges(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLeftToRight(text[i]))
            {
                i++;
                continue;
            }

            var start = i > 0 && text[i - 1] == '+' && char.IsAsciiDigit(text[i]) ? i - 1 : i;
            var end = i;
            for (var j = i + 1; j < text.Length; j++)
            {
                if (IsLeftToRight(text[j]))
                {
                    end = j;
                }
                else if (!Joins(text[j]))
                {
                    break;
                }
            }

            yield return start..(end + 1);
            i = end + 1;
        }
    }

    /// <summary>
    /// True when <paramref name="run"/> is more than a number standing alone: it has letters (a drug name, a dose unit, a code
    /// such as <c>NHS 111</c>) or spaces between its parts (a phone number). A lone number, even with <c>+</c>, <c>-</c>, <c>/</c> or
    /// <c>.</c> inside, keeps its digit order in right-to-left text.
    /// </summary>
    public static bool IsMoreThanANumber(string run) => run.Any(c => char.IsLetter(c) || char.IsWhiteSpace(c));

    /// <summary>The direction of the first strong character of <paramref name="text"/>: true for right-to-left, false for left-to-right, null for none.</summary>
    public static bool? FirstStrongIsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeft(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return null;
    }
}
