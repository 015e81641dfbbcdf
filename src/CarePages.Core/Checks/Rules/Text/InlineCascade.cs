using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Inline styles resolved down the tree in one pass over <see cref="MarkupContext.Index"/>: for every element with
/// visible text of its own, the colours, font size and spacing it is shown with, as far as markup tells. Built once
/// per field or page and shared by the style rules. Nothing is computed when no element has a <c>style</c> (or
/// <c>bgcolor</c>, or <c>&lt;font color&gt;</c>), since the browser's and template's defaults alone fail nothing.
/// </summary>
internal sealed class InlineCascade
{
    private const double DefaultFontPixels = 16;

    // Offsets this far outside the box move text off screen (the usual "visually hidden" techniques).
    private const double OffScreenPixels = -100;


    private static readonly HashSet<string> CssWideKeywords = new(StringComparer.OrdinalIgnoreCase) { "inherit", "initial", "unset", "revert", "revert-layer" };

    private static readonly Dictionary<string, double> FontSizeKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xx-small"] = 9, ["x-small"] = 10, ["small"] = 13, ["medium"] = 16, ["large"] = 18, ["x-large"] = 24, ["xx-large"] = 32, ["xxx-large"] = 48,
    };

    private static readonly Dictionary<string, double> HeadingSizes = new(StringComparer.Ordinal)
    {
        ["h1"] = 2, ["h2"] = 1.5, ["h3"] = 1.17, ["h4"] = 1, ["h5"] = 0.83, ["h6"] = 0.67,
    };

    private static readonly string[] ImageFunctions = ["url(", "gradient(", "image(", "image-set(", "element(", "cross-fade(", "paint(", "var("];

    private InlineCascade(bool hasStyleSheet, bool trustsBrowserDefaults, IReadOnlyList<StyledText> texts)
    {
        HasStyleSheet = hasStyleSheet;
        TrustsBrowserDefaults = trustsBrowserDefaults;
        Texts = texts;
    }

    /// <summary>True when the markup holds a <c>&lt;style&gt;</c> element or links a style sheet.</summary>
    public bool HasStyleSheet { get; }

    /// <summary>True for a page without any style sheet, where the browser's defaults (black on white, 16px) hold.</summary>
    public bool TrustsBrowserDefaults { get; }

    /// <summary>The elements with visible text of their own, in document order; empty when nothing is styled inline.</summary>
    public IReadOnlyList<StyledText> Texts { get; }

    /// <summary>The cascade of <paramref name="context"/>, built on first use.</summary>
    public static InlineCascade Of(MarkupContext context) => context.Shared(Build);

    private static InlineCascade Build(MarkupContext context)
    {
        var styled = false;
        var styleSheets = false;
        foreach (var element in context.Index.Elements)
        {
            styled |= element.HasAttribute("style") || element.HasAttribute("bgcolor") || (element.LocalName == "font" && element.HasAttribute("color"));
            styleSheets |= element.LocalName == "style"
                || (element.LocalName == "link" && (element.GetAttribute("rel") ?? string.Empty).Contains("stylesheet", StringComparison.OrdinalIgnoreCase));
        }

        var trust = context.IsPage && !styleSheets;
        if (!styled)
        {
            return new InlineCascade(styleSheets, trust, []);
        }

        var root = new InlineState { FontKnown = trust };
        var texts = new List<StyledText>();
        var ancestors = new Stack<(IElement Element, InlineState State)>();
        foreach (var element in context.Index.Elements)
        {
            while (ancestors.Count > 0 && !ReferenceEquals(ancestors.Peek().Element, element.ParentElement))
            {
                ancestors.Pop();
            }

            var state = Apply(ancestors.Count > 0 ? ancestors.Peek().State : root, element, trust);
            ancestors.Push((element, state));
            if (!state.Hidden && HasOwnText(element))
            {
                texts.Add(new StyledText(element, state));
            }
        }

        return new InlineCascade(styleSheets, trust, texts);
    }

    private static InlineState Apply(InlineState parent, IElement element, bool trust)
    {
        var name = element.LocalName;
        var styleAttribute = element.GetAttribute("style");
        if (styleAttribute is null && !IsStyledByBrowser(name) && !HasStylingAttribute(element))
        {
            return parent;
        }

        var state = parent.Copy();
        var style = styleAttribute is null ? null : InlineStyle.Parse(styleAttribute);
        state.Hidden |= name is "svg" or "math" || HiddenElements.HidesItself(element) || (style is not null && IsOffScreen(style));
        state.Inactive |= IsInactive(element);
        ApplyBrowserDefaults(state, element);
        if (style is not null)
        {
            ApplyFont(state, style, trust);
            ApplyColors(state, element, style);
            ApplySpacing(state, element, style, trust);
        }

        return state;
    }

    private static bool HasStylingAttribute(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name is "hidden" or "aria-hidden" or "aria-disabled" or "disabled" or "bgcolor")
            {
                return true;
            }
        }

        return element.LocalName is "label" or "font" or "fieldset";
    }

    private static bool IsStyledByBrowser(string name) => name is "a" or "button" or "input" or "select" or "textarea" or "mark" or "option" or "optgroup"
        or "b" or "strong" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "small" or "big" or "sub" or "sup" or "svg" or "math";

    private static void ApplyBrowserDefaults(InlineState state, IElement element)
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

        if (element.HasAttribute("bgcolor"))
        {
            PaintBackground(state, element, CssColor.Parse(element.GetAttribute("bgcolor")));
        }
    }

    private static void ApplyFont(InlineState state, InlineStyle style, bool trust)
    {
        if (style["font-size"] is { } size && !IsInherited(size))
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
                _ when IsInherited(value) => state.Bold,
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

    private static void SetFontLength(InlineState state, CssLength? length, bool trust)
    {
        if (length is not { } size)
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

    private static void ApplyColors(InlineState state, IElement element, InlineStyle style)
    {
        if (style["color"] is { } color && !IsInherited(color) && !color.Trim().Equals("currentcolor", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = CssColor.Parse(color);
            state.Foreground = parsed is { } known ? new Paint(PaintKind.Known, known, element) : Paint.Unknown;
            state.Hidden |= parsed is { IsTransparent: true };
        }

        state.ColorsUncertain |= IsSet(style["text-shadow"], "none") || IsSet(style["filter"], "none") || IsSet(style["backdrop-filter"], "none")
            || IsSet(style["mix-blend-mode"], "normal") || style["-webkit-text-fill-color"] is not null || IsSet(style["-webkit-text-stroke"], "0");
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

        if (IsSet(style["background-image"], "none"))
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
            else if (!IsInherited(background))
            {
                PaintBackground(state, element, CssColor.Parse(background));
            }
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
                PaintBackground(state, element, color);
                return;
            }
        }
    }

    private static void PaintBackground(InlineState state, IElement element, CssColor? color)
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

    private static void ApplySpacing(InlineState state, IElement element, InlineStyle style, bool trust)
    {
        state.LetterSpacing = Declare(state.LetterSpacing, "letter-spacing", element, style, state, trust);
        state.WordSpacing = Declare(state.WordSpacing, "word-spacing", element, style, state, trust);
        state.LineHeight = Declare(state.LineHeight, "line-height", element, style, state, trust);
    }

    private static SpacingDeclaration? Declare(SpacingDeclaration? inherited, string property, IElement element, InlineStyle style, InlineState state, bool trust)
    {
        var value = style[property];
        if (value is null || IsInherited(value) || CssWideKeywords.Contains(value.Trim()))
        {
            return inherited;
        }

        return new SpacingDeclaration(element, value.Trim(), style.IsImportant(property), FontRatio(property == "line-height", value, state, trust));
    }

    // The declared spacing as a multiple of the font size; null when it depends on what markup does not show.
    private static double? FontRatio(bool lineHeight, string value, InlineState state, bool trust)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text == "normal")
        {
            // Browsers draw "normal" line height at about 1.2; normal letter and word spacing add nothing.
            return lineHeight ? 1.2 : 0;
        }

        if (CssLength.Parse(text) is not { } length || (lineHeight && length.Value < 0))
        {
            return null;
        }

        if (length.Value <= 0)
        {
            return length.Value;
        }

        var font = state.FontKnown ? state.FontPixels : null;
        return length.Unit switch
        {
            "" => lineHeight ? length.Value : null,
            "em" => length.Value,
            "%" => lineHeight ? length.Value / 100 : null,
            "rem" => trust && state.FontPixels is { } own ? length.Value * DefaultFontPixels / own : null,
            _ => length.Pixels is { } pixels && font is { } size ? pixels / size : null,
        };
    }

    private static bool IsOffScreen(InlineStyle style)
    {
        var positioned = style["position"]?.Trim().ToLowerInvariant() is "absolute" or "fixed";
        if (positioned && (FarNegative(style["left"]) || FarNegative(style["top"]) || FarNegative(style["right"]) || FarNegative(style["bottom"])))
        {
            return true;
        }

        if (FarNegative(style["text-indent"]))
        {
            return true;
        }

        var clip = style["clip"]?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var clipPath = style["clip-path"]?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return (positioned && clip is "rect(0,0,0,0)" or "rect(0000)" or "rect(0px,0px,0px,0px)" or "rect(1px,1px,1px,1px)")
            || clipPath is "inset(50%)" or "inset(100%)"
            || (CssLength.Parse(style["width"])?.Pixels is <= 1 && CssLength.Parse(style["height"])?.Pixels is <= 1 && style.Is("overflow", "hidden"));
    }

    private static bool FarNegative(string? value) => CssLength.Parse(value) is { } length
        && (length.Pixels is { } pixels ? pixels <= OffScreenPixels : length.Unit is "em" or "rem" && length.Value * DefaultFontPixels <= OffScreenPixels);

    private static bool IsInactive(IElement element)
    {
        if (string.Equals(element.GetAttribute("aria-disabled")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return element.LocalName switch
        {
            "button" or "input" or "select" or "textarea" or "optgroup" or "option" or "fieldset" => element.HasAttribute("disabled"),
            "label" => (element.GetAttribute("for") is { Length: > 0 } id && element.Owner?.GetElementById(id) is { } control && control.HasAttribute("disabled"))
                || element.QuerySelector("button[disabled], input[disabled], select[disabled], textarea[disabled]") is not null,
            _ => false,
        };
    }

    private static bool HasOwnText(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    // Values that keep what the parent has: inheritance keywords for inherited properties.
    private static bool IsInherited(string value) => value.Trim().ToLowerInvariant() is "inherit" or "unset" or "revert" or "revert-layer";

    private static bool IsSet(string? value, string off) => value is not null && !value.Trim().Equals(off, StringComparison.OrdinalIgnoreCase) && !CssWideKeywords.Contains(value.Trim());

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
