using CarePages.Core.Text;

namespace CarePages.Core.Rendering;

/// <summary>The one place a culture's <see cref="WritingDirection"/> is looked up and spelled as a <c>dir</c> attribute.</summary>
public static class WritingDirections
{
    // The attribute spelling, which is also the enum's JSON name.
    internal const string LeftToRight = "ltr";
    internal const string RightToLeft = "rtl";

    /// <summary><see cref="WritingDirection.Rtl"/> for right-to-left languages such as Arabic, Hebrew, Persian and Urdu; otherwise <see cref="WritingDirection.Ltr"/>.</summary>
    public static WritingDirection Of(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return CultureNames.IsRightToLeft(culture) ? WritingDirection.Rtl : WritingDirection.Ltr;
    }

    /// <summary>The <c>dir</c> attribute's value for <paramref name="direction"/>: <c>ltr</c> or <c>rtl</c>.</summary>
    public static string ToAttribute(this WritingDirection direction) => direction switch
    {
        WritingDirection.Ltr => LeftToRight,
        WritingDirection.Rtl => RightToLeft,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a writing direction."),
    };
}
