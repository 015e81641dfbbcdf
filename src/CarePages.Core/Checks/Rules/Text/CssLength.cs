using System.Globalization;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>A CSS number with its unit (lower case; empty for a plain number), as inline styles declare it.</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">The unit: <c>px</c>, <c>em</c>, <c>%</c>, <c>pt</c> …, or empty.</param>
internal readonly record struct CssLength(double Value, string Unit)
{
    private static readonly Dictionary<string, double> AbsoluteUnits = new(StringComparer.Ordinal)
    {
        ["px"] = 1, ["pt"] = 4.0 / 3, ["pc"] = 16, ["in"] = 96, ["cm"] = 96 / 2.54, ["mm"] = 96 / 25.4, ["q"] = 96 / 101.6,
    };

    /// <summary>The length in CSS pixels when the unit is absolute (px, pt, pc, in, cm, mm, Q), else null.</summary>
    public double? Pixels => AbsoluteUnits.TryGetValue(Unit, out var factor) ? Value * factor : null;

    /// <summary>Parses a number with an optional unit; null for keywords, <c>calc()</c> and other values.</summary>
    public static CssLength? Parse(string? value)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var split = text.Length;
        while (split > 0 && (char.IsAsciiLetter(text[split - 1]) || text[split - 1] == '%'))
        {
            split--;
        }

        return split > 0 && double.TryParse(text.AsSpan(0, split), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? new CssLength(number, text[split..])
            : null;
    }
}
