using System.Globalization;
using System.Text;

namespace CarePages.Core.Text;

/// <summary>
/// Text folded with <see cref="TextFolding"/>, with the way back to the text it came from, so a match found in the folded
/// text can be quoted as it was written (the glossary's term finder).
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

    /// <summary>Folds <paramref name="text"/> as <paramref name="options"/> say.</summary>
    public static FoldedText Of(string text, FoldingOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var original = text.Normalize(NormalizationForm.FormC);
        var map = new List<int>(original.Length + 1);
        var folded = TextFolding.FoldInto(original, options, map);
        return new FoldedText(original, folded, [.. map]);
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
}
