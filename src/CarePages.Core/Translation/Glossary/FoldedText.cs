using System.Globalization;
using System.Text;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// Text folded for term matching, with the way back to the text it came from. Folding lower-cases with the culture's
/// rules (Turkish dotted and dotless i), makes every run of white space one space, drops Arabic vowel marks (harakat,
/// superscript alef) and tatweel, which writers add or leave out freely, and makes typographic apostrophes and hyphens
/// plain. Accents are kept: <c>kétamine</c> and <c>ketamine</c> are different spellings.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] originalIndex;

    private FoldedText(string original, string text, int[] originalIndex)
    {
        Original = original;
        Text = text;
        this.originalIndex = originalIndex;
    }

    /// <summary>The text folded from, in NFC.</summary>
    public string Original { get; }

    /// <summary>The folded text.</summary>
    public string Text { get; }

    /// <summary>Folds <paramref name="text"/> with the case rules of <paramref name="culture"/>.</summary>
    public static FoldedText Fold(string text, string culture)
    {
        var original = text.Normalize(NormalizationForm.FormC);
        var textInfo = TextInfoOf(culture);
        var folded = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (IsIgnorable(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            folded.Append(Plain(textInfo.ToLower(c)));
            map.Add(i);
        }

        map.Add(original.Length);
        return new FoldedText(original, folded.ToString(), [.. map]);
    }

    /// <summary>The original text that the folded range <paramref name="start"/>..+<paramref name="length"/> came from.</summary>
    public (int Start, int Length) OriginalRange(int start, int length)
    {
        var first = originalIndex[start];
        var end = originalIndex[start + length - 1] + 1;
        return (first, end - first);
    }

    /// <summary>True when <paramref name="c"/> belongs to a word (letters, digits and combining marks).</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsIgnorable(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640';

    private static char Plain(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    private static TextInfo TextInfoOf(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture).TextInfo;
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture.TextInfo;
        }
    }
}
