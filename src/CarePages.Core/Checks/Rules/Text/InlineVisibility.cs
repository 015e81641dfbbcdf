using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>Text moved off screen by the usual "visually hidden" techniques, and inactive (disabled) controls, which the contrast rule leaves alone.</summary>
internal static class InlineVisibility
{
    // Offsets this far outside the box move text off screen (the usual "visually hidden" techniques).
    private const double OffScreenPixels = -100;

    /// <summary>True when inline positioning, indenting or clipping moves the text out of sight.</summary>
    public static bool IsOffScreen(InlineStyle style)
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
        && (length.Pixels is { } pixels ? pixels <= OffScreenPixels : length.Unit is "em" or "rem" && length.Value * InlineFonts.DefaultFontPixels <= OffScreenPixels);

    /// <summary>True for a disabled control or its label, whose text needs no contrast.</summary>
    public static bool IsInactive(IElement element)
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
}
