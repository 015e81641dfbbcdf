using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using Visibility = CarePages.Core.Checks.Html.Visibility;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>Whether an element's text is drawn on screen at all, which is what language and direction depend on.</summary>
internal static class Rendered
{
    /// <summary>
    /// True when <paramref name="element"/> itself is neither visible nor in the accessibility tree: <c>hidden</c>, an inline
    /// <c>display: none</c> or <c>visibility: hidden</c>/<c>collapse</c>, or a non-rendered element (script, style, head …).
    /// Unlike <see cref="Visibility.HidesItself"/>, <c>aria-hidden</c> alone does not count: the text is still seen.
    /// </summary>
    public static bool IsNot(IElement element)
    {
        if (element.HasAttribute("hidden") || element.LocalName is "script" or "style" or "template" or "noscript" or "head")
        {
            return true;
        }

        return element.GetAttribute("style") is { } style && InlineStyle.Parse(style) is var declarations
            && (declarations.Is("display", "none") || declarations.Is("visibility", "hidden") || declarations.Is("visibility", "collapse"));
    }

    /// <summary>True when <paramref name="element"/> or one of its ancestors is not rendered (see <see cref="IsNot"/>).</summary>
    public static bool IsNotWithin(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (IsNot(current))
            {
                return true;
            }
        }

        return false;
    }
}
