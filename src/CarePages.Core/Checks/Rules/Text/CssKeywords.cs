namespace CarePages.Core.Checks.Rules.Text;

/// <summary>CSS keywords that keep or reset what an element inherits.</summary>
internal static class CssKeywords
{
    /// <summary>The CSS-wide keywords.</summary>
    public static readonly HashSet<string> Wide = new(StringComparer.OrdinalIgnoreCase) { "inherit", "initial", "unset", "revert", "revert-layer" };

    /// <summary>True for values that keep what the parent has: the inheritance keywords, for inherited properties.</summary>
    public static bool IsInherited(string value) => value.Trim().ToLowerInvariant() is "inherit" or "unset" or "revert" or "revert-layer";

    /// <summary>True when <paramref name="value"/> is declared and is neither <paramref name="off"/> nor a CSS-wide keyword.</summary>
    public static bool IsSet(string? value, string off) => value is not null && !value.Trim().Equals(off, StringComparison.OrdinalIgnoreCase) && !Wide.Contains(value.Trim());
}
