using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// What makes every colour pair of a field or page unknowable from markup, so the contrast rule judges none (ACT afw4f7
/// asks for the colours a browser shows): a script (which may restyle or re-parent anything), a linked style sheet (its
/// rules are not read), a <c>&lt;style&gt;</c> declaring anything that colours, hides, moves or layers text or any
/// <c>!important</c> (which beats inline styles), a <c>color-scheme</c> (which changes the browser's default colours), and
/// content moved out of the normal flow inline (positioned, transformed, floated, pulled by a negative margin, layered
/// with <c>z-index</c>), which can cover other text or leave it over another background. Off-screen and hidden elements
/// move nothing anyone sees.
/// </summary>
internal static partial class PageColourUncertainty
{
    // Style sheet properties that change the size, spacing or wrapping of text only, never its colours or what lies behind it.
    private static readonly HashSet<string> HarmlessProperties = new(StringComparer.Ordinal)
    {
        "font-family", "font-style", "font-variant", "font-size", "font-weight", "letter-spacing", "word-spacing", "line-height",
        "text-align", "text-transform", "text-decoration", "text-decoration-line", "text-decoration-style", "text-decoration-color",
        "text-underline-offset", "white-space", "vertical-align", "width", "max-width", "min-width", "list-style", "list-style-type",
        "list-style-position", "cursor", "quotes",
    };

    /// <summary>True when nothing the page's markup says about colours can be trusted.</summary>
    public static bool Applies(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element.LocalName)
            {
                case "script" when IsScript(element):
                case "link" when InlineCascade.LinksStyleSheet(element):
                case "style" when !IsHarmless(element.TextContent):
                case "meta" when string.Equals(element.GetAttribute("name"), "color-scheme", StringComparison.OrdinalIgnoreCase):
                    return true;
            }

            if (element.GetAttribute("style") is { } style && MovesText(style) && !Html.Visibility.IsHidden(element))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsScript(IElement element) =>
        element.GetAttribute("type")?.Trim().ToLowerInvariant() is null or "" or "module" or "text/javascript" or "application/javascript";

    private static bool IsHarmless(string sheet)
    {
        var text = CommentPattern().Replace(sheet, string.Empty).ToLowerInvariant();
        if (text.Contains('!', StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Match declaration in PropertyPattern().Matches(text))
        {
            if (!HarmlessProperties.Contains(declaration.Groups[1].Value) && !declaration.Groups[1].Value.StartsWith("padding", StringComparison.Ordinal)
                && !declaration.Groups[1].Value.StartsWith("border", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MovesText(string attribute)
    {
        var lower = attribute.ToLowerInvariant();
        if (!(lower.Contains("position", StringComparison.Ordinal) || lower.Contains("transform", StringComparison.Ordinal) || lower.Contains("margin", StringComparison.Ordinal)
            || lower.Contains("float", StringComparison.Ordinal) || lower.Contains("z-index", StringComparison.Ordinal) || lower.Contains("inset", StringComparison.Ordinal)
            || lower.Contains("translate", StringComparison.Ordinal) || lower.Contains("scale", StringComparison.Ordinal) || lower.Contains("rotate", StringComparison.Ordinal)
            || lower.Contains("color-scheme", StringComparison.Ordinal)))
        {
            return false;
        }

        var style = InlineStyle.Parse(attribute);
        if (InlineVisibility.IsOffScreen(style))
        {
            return false;
        }

        var position = style["position"]?.Trim().ToLowerInvariant();
        return position is "absolute" or "fixed" or "sticky"
            || (position is "relative" && (style["top"] ?? style["left"] ?? style["right"] ?? style["bottom"] ?? style["inset"]) is not null)
            || CssKeywords.IsSet(style["z-index"], "auto") || CssKeywords.IsSet(style["transform"], "none") || CssKeywords.IsSet(style["translate"], "none")
            || CssKeywords.IsSet(style["scale"], "none") || CssKeywords.IsSet(style["rotate"], "none") || CssKeywords.IsSet(style["float"], "none")
            || CssKeywords.IsSet(style["color-scheme"], "normal")
            || ((string[])["margin", "margin-top", "margin-left", "margin-right", "margin-bottom", "margin-block", "margin-inline"])
                .Any(p => style[p]?.Contains('-', StringComparison.Ordinal) == true);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"([a-z-]+)\s*:(?![a-z-]*\s*[{,(])")]
    private static partial Regex PropertyPattern();
}
