using System.Text.RegularExpressions;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Well-formed BCP 47 language tags (RFC 5646 syntax: language, extlang, script, region, variants, extensions, private use, grandfathered).</summary>
internal static partial class LanguageTag
{
    /// <summary>True when <paramref name="tag"/> is a well-formed BCP 47 tag.</summary>
    public static bool IsWellFormed(string tag) => WellFormed().IsMatch(tag);

    /// <summary>True when <paramref name="tag"/> is <paramref name="range"/> or a sub-tag of it (<c>en-IE</c> within <c>en</c>), as XPath <c>lang()</c> matches.</summary>
    public static bool IsWithin(string tag, string range) =>
        string.Equals(tag, range, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
        + @"(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+"
        + @"|en-gb-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)|sgn-(?:be-fr|be-nl|ch-de))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
