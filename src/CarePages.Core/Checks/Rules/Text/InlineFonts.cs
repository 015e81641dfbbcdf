using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>Font size, weight and wrapping in the inline cascade: the browser's defaults per element, then inline <c>font-*</c> and <c>white-space</c>.</summary>
internal static class InlineFonts
{
    /// <summary>The browser's default font size, in pixels.</summary>
    public const double DefaultFontPixels = 16;

    private static readonly Dictionary<string, double> FontSizeKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xx-small"] = 9, ["x-small"] = 10, ["small"] = 13, ["medium"] = 16, ["large"] = 18, ["x-large"] = 24, ["xx-large"] = 32, ["xxx-large"] = 48,
    };

    private static readonly Dictionary<string, double> HeadingSizes = new(StringComparer.Ordinal)
    {
        ["h1"] = 2, ["h2"] = 1.5, ["h3"] = 1.17, ["h4"] = 1, ["h5"] = 0.83, ["h6"] = 0.67,
    };

    /// <summary>Applies what browsers style by default: link and control colours, bold, heading and small/big sizes, <c>font</c> and <c>bgcolor</c>.</summary>
    public static void ApplyBrowserDefaults(InlineState state, IElement element)
    {
        switch (element.LocalName)
        {
            case "a" when element.HasAttribute("href"):
                state.Foreground = Paint.Unknown;
                break;
            case "button" or "input" or "select" or "textarea" or "mark" or "option" or "optgroup":
                state.Foreground = Paint.Unknown;
                state.Background = Paint.Unknown;
                break;
            case "b" or "strong" or "th":
                state.Bold = true;
                break;
            case "small" or "sub" or "sup":
                state.FontPixels /= 1.2;
                break;
            case "big":
                state.FontPixels *= 1.2;
                break;
            case var heading when HeadingSizes.TryGetValue(heading, out var factor):
                state.FontPixels *= factor;
                state.Bold = true;
                break;
        }

        if (element.LocalName == "font" && CssColor.Parse(element.GetAttribute("color")) is { } fontColor)
        {
            state.Foreground = new Paint(PaintKind.Known, fontColor, element);
        }

        if (element.LocalName == "font" && element.GetAttribute("size") is { } fontSize)
        {
            state.FontPixels = LegacyFontSize(fontSize);
        }

        if (element.HasAttribute("bgcolor"))
        {
            InlineColors.PaintBackground(state, element, CssColor.Parse(element.GetAttribute("bgcolor")));
        }
    }

    /// <summary>Applies inline <c>font-size</c>, <c>font-weight</c> and <c>white-space</c>; the <c>font</c> shorthand makes the size unknown.</summary>
    public static void ApplyFont(InlineState state, InlineStyle style, bool trust)
    {
        if (style["font"] is { } shorthand && !CssKeywords.IsInherited(shorthand))
        {
            state.FontPixels = null;
            state.FontKnown = false;
        }

        if (style["font-size"] is { } size && !CssKeywords.IsInherited(size))
        {
            var keyword = size.Trim().ToLowerInvariant();
            if (FontSizeKeywords.TryGetValue(keyword, out var pixels) || keyword == "initial")
            {
                state.FontPixels = keyword == "initial" ? DefaultFontPixels : pixels;
                state.FontKnown = trust;
            }
            else if (keyword is "larger" or "smaller")
            {
                state.FontPixels = keyword == "larger" ? state.FontPixels * 1.2 : state.FontPixels / 1.2;
            }
            else
            {
                SetFontLength(state, CssLength.Parse(keyword), trust);
            }

            state.Hidden |= state.FontPixels is <= 0;
        }

        if (style["font-weight"] is { } weight)
        {
            var value = weight.Trim().ToLowerInvariant();
            state.Bold = value switch
            {
                "bold" or "bolder" => true,
                "normal" or "lighter" => false,
                _ when CssKeywords.IsInherited(value) => state.Bold,
                _ => CssLength.Parse(value) is { Unit: "" } number ? number.Value >= 700 : state.Bold,
            };
        }

        if (style["white-space"] is { } whiteSpace)
        {
            state.NoWrap = whiteSpace.Trim().ToLowerInvariant() switch
            {
                "nowrap" or "pre" => true,
                "normal" or "pre-wrap" or "pre-line" or "break-spaces" => false,
                _ => state.NoWrap,
            };
        }
    }

    // <font size="1"> to "7" (or "+n"/"-n" from 3) are the browser's x-small to xxx-large; anything else leaves the size unknown.
    private static double? LegacyFontSize(string value)
    {
        var text = value.Trim();
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var size = Math.Clamp(text[0] is '+' or '-' ? 3 + number : number, 1, 7);
        return ((double[])[10, 13, 16, 18, 24, 32, 48])[size - 1];
    }

    private static void SetFontLength(InlineState state, CssLength? length, bool trust)
    {
        if (length is { Value: 0 })
        {
            state.FontPixels = 0;
        }
        else if (length is not { } size)
        {
            state.FontPixels = null;
            state.FontKnown = false;
        }
        else if (size.Pixels is { } pixels)
        {
            state.FontPixels = pixels;
            state.FontKnown = true;
        }
        else
        {
            (state.FontPixels, state.FontKnown) = size.Unit switch
            {
                "em" => (state.FontPixels * size.Value, state.FontKnown),
                "%" => (state.FontPixels * size.Value / 100, state.FontKnown),
                "rem" => (DefaultFontPixels * size.Value, trust),
                _ => ((double?)null, false),
            };
        }
    }
}
