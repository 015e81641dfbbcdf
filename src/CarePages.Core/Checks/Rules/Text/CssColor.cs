using System.Globalization;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>An sRGB colour with alpha, channels 0–255 and alpha 0–1, as CSS colour values give it.</summary>
/// <param name="R">Red, 0–255.</param>
/// <param name="G">Green, 0–255.</param>
/// <param name="B">Blue, 0–255.</param>
/// <param name="A">Alpha, 0 (transparent) to 1 (opaque).</param>
internal readonly record struct CssColor(double R, double G, double B, double A)
{
    /// <summary>Opaque white, the browser's default canvas.</summary>
    public static CssColor White { get; } = new(255, 255, 255, 1);

    /// <summary>Opaque black, the browser's default text colour.</summary>
    public static CssColor Black { get; } = new(0, 0, 0, 1);

    /// <summary>True when the colour hides nothing behind it.</summary>
    public bool IsOpaque => A >= 1;

    /// <summary>True when the colour shows nothing.</summary>
    public bool IsTransparent => A <= 0;

    /// <summary>WCAG relative luminance of the colour (alpha ignored).</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>The colour painted over <paramref name="below"/> (source-over compositing).</summary>
    public CssColor Over(CssColor below)
    {
        if (IsOpaque || below.IsTransparent)
        {
            return this;
        }

        var alpha = A + (below.A * (1 - A));
        if (alpha <= 0)
        {
            return new CssColor(0, 0, 0, 0);
        }

        var (top, bottom) = (A, below.A * (1 - A));
        return new CssColor(((R * top) + (below.R * bottom)) / alpha, ((G * top) + (below.G * bottom)) / alpha, ((B * top) + (below.B * bottom)) / alpha, alpha);
    }

    /// <summary>The WCAG contrast ratio between two opaque colours, 1 to 21.</summary>
    public static double ContrastRatio(CssColor first, CssColor second)
    {
        var a = first.Luminance;
        var b = second.Luminance;
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The colour as <c>#rrggbb</c>, with the alpha as a percentage when not opaque.</summary>
    public override string ToString()
    {
        var hex = string.Create(CultureInfo.InvariantCulture, $"#{Channel(R):x2}{Channel(G):x2}{Channel(B):x2}");
        return IsOpaque ? hex : string.Create(CultureInfo.InvariantCulture, $"{hex} ({Math.Round(A * 100)}%)");
    }

    /// <summary>
    /// Parses a CSS colour: a named colour, <c>transparent</c>, <c>#rgb</c>, <c>#rgba</c>, <c>#rrggbb</c>, <c>#rrggbbaa</c>,
    /// <c>rgb()</c>/<c>rgba()</c> and <c>hsl()</c>/<c>hsla()</c> in comma or space syntax. Null for anything else,
    /// including keywords such as <c>currentcolor</c> and <c>inherit</c>.
    /// </summary>
    public static CssColor? Parse(string? value)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text[0] == '#')
        {
            return ParseHex(text.AsSpan(1));
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text[^1] == ')')
        {
            var arguments = Arguments(text[(open + 1)..^1]);
            return text[..open].Trim() switch
            {
                "rgb" or "rgba" => ParseRgb(arguments),
                "hsl" or "hsla" => ParseHsl(arguments),
                _ => null,
            };
        }

        if (text == "transparent")
        {
            return new CssColor(0, 0, 0, 0);
        }

        // CSS named colours are the .NET web colours (system colours aside); CSS also spells grey with an e.
        var named = System.Drawing.Color.FromName(text.Replace("grey", "gray", StringComparison.Ordinal));
        return named.IsKnownColor && !named.IsSystemColor && text.All(char.IsAsciiLetterLower)
            ? new CssColor(named.R, named.G, named.B, named.A / 255.0)
            : null;
    }

    private static CssColor? ParseHex(ReadOnlySpan<char> hex)
    {
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return null;
            }
        }

        return hex.Length switch
        {
            3 => new CssColor(Hex(hex, 0, 1), Hex(hex, 1, 1), Hex(hex, 2, 1), 1),
            4 => new CssColor(Hex(hex, 0, 1), Hex(hex, 1, 1), Hex(hex, 2, 1), Hex(hex, 3, 1) / 255.0),
            6 => new CssColor(Hex(hex, 0, 2), Hex(hex, 2, 2), Hex(hex, 4, 2), 1),
            8 => new CssColor(Hex(hex, 0, 2), Hex(hex, 2, 2), Hex(hex, 4, 2), Hex(hex, 6, 2) / 255.0),
            _ => null,
        };
    }

    // One hex digit stands for itself repeated ("a" = "aa").
    private static int Hex(ReadOnlySpan<char> hex, int start, int length) =>
        int.Parse(hex.Slice(start, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * (length == 1 ? 17 : 1);

    private static CssColor? ParseRgb(string[] arguments)
    {
        if (arguments.Length is not (3 or 4))
        {
            return null;
        }

        double? Channel(string s) => s.EndsWith('%') ? Number(s[..^1]) * 2.55 : Number(s);
        var (r, g, b) = (Channel(arguments[0]), Channel(arguments[1]), Channel(arguments[2]));
        var a = arguments.Length == 4 ? Alpha(arguments[3]) : 1;
        return r is { } red && g is { } green && b is { } blue && a is { } alpha
            ? new CssColor(Clamp(red, 255), Clamp(green, 255), Clamp(blue, 255), Clamp(alpha, 1))
            : null;
    }

    private static CssColor? ParseHsl(string[] arguments)
    {
        if (arguments.Length is not (3 or 4) || Hue(arguments[0]) is not { } hue
            || !arguments[1].EndsWith('%') || Number(arguments[1][..^1]) is not { } saturation
            || !arguments[2].EndsWith('%') || Number(arguments[2][..^1]) is not { } lightness
            || (arguments.Length == 4 ? Alpha(arguments[3]) : 1) is not { } alpha)
        {
            return null;
        }

        var s = Clamp(saturation, 100) / 100;
        var l = Clamp(lightness, 100) / 100;
        var h = ((hue % 360) + 360) % 360;
        double F(int n)
        {
            var k = (n + (h / 30)) % 12;
            return 255 * (l - (s * Math.Min(l, 1 - l) * Math.Max(-1, Math.Min(k - 3, Math.Min(9 - k, 1)))));
        }

        return new CssColor(F(0), F(8), F(4), Clamp(alpha, 1));
    }

    private static double? Hue(string s)
    {
        foreach (var (unit, degrees) in HueUnits)
        {
            if (s.EndsWith(unit, StringComparison.Ordinal))
            {
                return Number(s[..^unit.Length]) * degrees;
            }
        }

        return Number(s);
    }

    private static readonly (string Unit, double Degrees)[] HueUnits = [("grad", 0.9), ("deg", 1), ("rad", 180 / Math.PI), ("turn", 360)];

    private static double? Alpha(string s) => s.EndsWith('%') ? Number(s[..^1]) / 100 : Number(s);

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static double Clamp(double value, double max) => Math.Max(0, Math.Min(max, value));

    // "10, 20, 30, .5" and "10 20 30 / 50%" both give four arguments.
    private static string[] Arguments(string inside) =>
        inside.Replace('/', ' ').Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Channel(double value) => (int)Math.Round(Math.Max(0, Math.Min(255, value)));

    private static double Linear(double channel)
    {
        var c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
