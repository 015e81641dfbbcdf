using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>Text and background colours in the inline cascade, as far as inline styles, <c>bgcolor</c> and <c>&lt;font color&gt;</c> tell.</summary>
internal static class InlineColors
{
    private static readonly string[] ImageFunctions = ["url(", "gradient(", "image(", "image-set(", "element(", "cross-fade(", "paint(", "var("];

    /// <summary>Applies inline text and background colours, and notes what makes them uncertain (shadows, filters, opacity, images).</summary>
    public static void ApplyColors(InlineState state, IElement element, InlineStyle style)
    {
        if (style["color"] is { } color && !CssKeywords.IsInherited(color) && !color.Trim().Equals("currentcolor", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = CssColor.Parse(color);
            state.Foreground = parsed is { } known ? new Paint(PaintKind.Known, known, element) : Paint.Unknown;
            state.Hidden |= parsed is { IsTransparent: true };
        }

        state.ColorsUncertain |= CssKeywords.IsSet(style["text-shadow"], "none") || CssKeywords.IsSet(style["filter"], "none") || CssKeywords.IsSet(style["backdrop-filter"], "none")
            || CssKeywords.IsSet(style["mix-blend-mode"], "normal") || style["-webkit-text-fill-color"] is not null || CssKeywords.IsSet(style["-webkit-text-stroke"], "0")
            || (style["background-clip"] ?? style["-webkit-background-clip"])?.Contains("text", StringComparison.OrdinalIgnoreCase) == true
            || CssKeywords.IsSet(style["background-blend-mode"], "normal");
        if (style["opacity"] is { } opacityValue && CssLength.Parse(opacityValue) is { Unit: "" or "%" } opacity)
        {
            var alpha = opacity.Unit == "%" ? opacity.Value / 100 : opacity.Value;
            state.Hidden |= alpha <= 0;
            state.ColorsUncertain |= alpha < 1;
        }

        // A positioned box need not sit over its ancestors' backgrounds.
        if (style["position"]?.Trim().ToLowerInvariant() is "absolute" or "fixed")
        {
            state.Background = Paint.Unknown;
        }

        if (CssKeywords.IsSet(style["background-image"], "none"))
        {
            state.Background = Paint.Unknown;
        }

        if (style["background"] is { } shorthand)
        {
            ApplyBackgroundShorthand(state, element, shorthand);
        }

        if (style["background-color"] is { } background)
        {
            if (background.Trim().Equals("inherit", StringComparison.OrdinalIgnoreCase) || background.Trim().Equals("currentcolor", StringComparison.OrdinalIgnoreCase))
            {
                state.Background = Paint.Unknown;
            }
            else if (!CssKeywords.IsInherited(background))
            {
                InlineColors.PaintBackground(state, element, CssColor.Parse(background));
            }
        }

        // A box of set height need not reach behind all its text, which may overflow onto whatever lies below.
        if (CssKeywords.IsSet(style["height"], "auto") || CssKeywords.IsSet(style["max-height"], "none"))
        {
            state.Background = Paint.Unknown;
        }
    }

    private static void ApplyBackgroundShorthand(InlineState state, IElement element, string value)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text == "inherit" || ImageFunctions.Any(f => text.Contains(f, StringComparison.Ordinal)))
        {
            state.Background = Paint.Unknown;
            return;
        }

        // Only the last layer may carry a colour.
        foreach (var token in Tokens(text[(LastTopLevelComma(text) + 1)..]))
        {
            if (CssColor.Parse(token) is { } color)
            {
                InlineColors.PaintBackground(state, element, color);
                return;
            }
        }
    }

    /// <summary>Lays <paramref name="color"/> over the background below; an unreadable colour makes the background unknown.</summary>
    public static void PaintBackground(InlineState state, IElement element, CssColor? color)
    {
        if (color is not { } layer)
        {
            state.Background = Paint.Unknown;
            return;
        }

        if (layer.IsTransparent)
        {
            return;
        }

        var below = state.Background;
        state.Background = layer.IsOpaque
            ? new Paint(PaintKind.Known, layer, element)
            : below.Kind switch
            {
                PaintKind.Known => new Paint(PaintKind.Known, layer.Over(below.Color), element),
                PaintKind.Default => new Paint(PaintKind.OverDefault, layer, element),
                PaintKind.OverDefault => new Paint(PaintKind.OverDefault, layer.Over(below.Color), element),
                _ => Paint.Unknown,
            };
    }

    private static int LastTopLevelComma(string text)
    {
        var depth = 0;
        var last = -1;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (text[i] == ',' && depth == 0)
            {
                last = i;
            }
        }

        return last;
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (char.IsWhiteSpace(text[i]) && depth == 0))
            {
                if (i > start)
                {
                    tokens.Add(text[start..i]);
                }

                start = i + 1;
                continue;
            }

            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        }

        return tokens;
    }
}
