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
        var clipped = style["overflow"]?.Trim().ToLowerInvariant() is "hidden" or "clip" or "scroll" or "auto";
        if (clipped && (Zero(style["height"]) || Zero(style["max-height"]) || Zero(style["width"]) || Zero(style["max-width"])))
        {
            return true;
        }

        return style.Is("content-visibility", "hidden") || (positioned && clip is "rect(0,0,0,0)" or "rect(0000)" or "rect(0px,0px,0px,0px)" or "rect(1px,1px,1px,1px)")
            || clipPath is "inset(50%)" or "inset(100%)"
            || (CssLength.Parse(style["width"])?.Pixels is <= 1 && CssLength.Parse(style["height"])?.Pixels is <= 1 && style.Is("overflow", "hidden"));
    }

    private static bool Zero(string? value) => CssLength.Parse(value) is { Value: <= 0 };

    /// <summary>
    /// True when the browser does not render the element's content: a closed <c>details</c> (but its summary), a
    /// <c>dialog</c> that is not open, and the fallback content of <c>canvas</c>, <c>video</c>, <c>audio</c>, <c>object</c> and <c>iframe</c>.
    /// </summary>
    public static bool HidesContent(IElement element) => element.LocalName switch
    {
        "canvas" or "video" or "audio" or "object" or "iframe" => true,
        "dialog" => !element.HasAttribute("open"),
        _ => element.ParentElement is { LocalName: "details" } details && !details.HasAttribute("open")
            && !(element.LocalName == "summary" && ReferenceEquals(details.QuerySelector(":scope > summary"), element)),
    };

    private static bool FarNegative(string? value) => CssLength.Parse(value) is { } length
        && (length.Pixels is { } pixels ? pixels <= OffScreenPixels : length.Unit is "em" or "rem" && length.Value * InlineFonts.DefaultFontPixels <= OffScreenPixels);

    /// <summary>True for a disabled control or group, or a label naming a disabled widget, whose text needs no contrast.</summary>
    public static bool IsInactive(IElement element)
    {
        if (IsDisabled(element))
        {
            return true;
        }

        if (element.Id is { Length: > 0 } ownId && element.Owner is { } document && NamesDisabledWidget(document, ownId))
        {
            return true;
        }

        return element.LocalName == "label"
            && ((element.GetAttribute("for") is { Length: > 0 } id && element.Owner?.GetElementById(id) is { } control && IsDisabled(control))
                || element.QuerySelectorAll("button, input, select, textarea").Any(IsDisabled));
    }

    // Disabled by aria-disabled, or a native control disabled itself or by a disabled fieldset around it (outside its first legend).
    private static bool IsDisabled(IElement element)
    {
        if (string.Equals(element.GetAttribute("aria-disabled")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.LocalName is not ("button" or "input" or "select" or "textarea" or "optgroup" or "option" or "fieldset"))
        {
            return false;
        }

        return element.HasAttribute("disabled")
            || element.Ancestors<IElement>().Any(a => a.LocalName == "fieldset" && a.HasAttribute("disabled")
                && !(a.QuerySelector(":scope > legend") is { } legend && legend.Contains(element)));
    }

    private static bool NamesDisabledWidget(IDocument document, string id) =>
        document.QuerySelectorAll("[aria-labelledby]").Any(widget => IsDisabled(widget)
            && (widget.GetAttribute("aria-labelledby") ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains(id, StringComparer.Ordinal));
}
