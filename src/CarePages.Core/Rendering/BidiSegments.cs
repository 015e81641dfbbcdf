using CarePages.Core.Checks.Rules.Language;

namespace CarePages.Core.Rendering;

/// <summary>
/// Splits plain text (a page name, a summary, a label) so that, on a right-to-left page, each left-to-right run the
/// page checks would report (<c>rtl-fragment-not-isolated</c>, e.g. "CRPS" or "EDQM") is isolated and keeps its order.
/// Runs are found with the same rule the check uses, so what the templates write is what the check accepts.
/// </summary>
public static class BidiSegments
{
    /// <summary>The segments of <paramref name="text"/> on a page whose <c>dir</c> is <paramref name="dir"/>; one plain segment on left-to-right pages.</summary>
    public static IReadOnlyList<TextSegment> Of(string? text, string dir)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        if (dir != WritingDirection.Rtl.ToAttribute() || !text.Any(BidiText.IsRightToLeft))
        {
            return [new TextSegment(text, false)];
        }

        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var range in BidiText.LeftToRightRanges(text))
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            if (!BidiText.IsMoreThanANumber(text.Substring(offset, length)))
            {
                continue;
            }

            if (offset > position)
            {
                segments.Add(new TextSegment(text[position..offset], false));
            }

            segments.Add(new TextSegment(text.Substring(offset, length), true));
            position = offset + length;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], false));
        }

        return segments;
    }
}
