using System.Globalization;

namespace CarePages.Core.Rendering;

/// <summary>The writing direction of a culture, for the <c>dir</c> attribute.</summary>
public static class TextDirection
{
    /// <summary>Left to right.</summary>
    public const string LeftToRight = "ltr";

    /// <summary>Right to left.</summary>
    public const string RightToLeft = "rtl";

    // Used only when the runtime has no data for the culture (e.g. invariant globalization mode).
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase) { "ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb" };

    /// <summary><c>rtl</c> for right-to-left languages such as Arabic, Hebrew, Persian and Urdu; otherwise <c>ltr</c>.</summary>
    public static string For(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return IsRightToLeft(culture) ? RightToLeft : LeftToRight;
    }

    /// <summary>The writing direction of <paramref name="culture"/> (see <see cref="For"/>).</summary>
    public static WritingDirection Of(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return IsRightToLeft(culture) ? WritingDirection.Rtl : WritingDirection.Ltr;
    }

    private static bool IsRightToLeft(string culture)
    {
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            return info.TextInfo.IsRightToLeft || (info.Name.Length == 0 && RightToLeftLanguages.Contains(culture.Split('-')[0]));
        }
        catch (CultureNotFoundException)
        {
            return RightToLeftLanguages.Contains(culture.Split('-')[0]);
        }
    }
}
