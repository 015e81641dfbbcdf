using CarePages.Core.Text;

namespace CarePages.Core.Rendering;

/// <summary>The writing direction of a culture, for the <c>dir</c> attribute.</summary>
public static class TextDirection
{
    /// <summary>Left to right.</summary>
    public const string LeftToRight = "ltr";

    /// <summary>Right to left.</summary>
    public const string RightToLeft = "rtl";

    /// <summary><c>rtl</c> for right-to-left languages such as Arabic, Hebrew, Persian and Urdu; otherwise <c>ltr</c>.</summary>
    public static string For(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return CultureNames.IsRightToLeft(culture) ? RightToLeft : LeftToRight;
    }

    /// <summary>The writing direction of <paramref name="culture"/> (see <see cref="For"/>).</summary>
    public static WritingDirection Of(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return CultureNames.IsRightToLeft(culture) ? WritingDirection.Rtl : WritingDirection.Ltr;
    }
}
