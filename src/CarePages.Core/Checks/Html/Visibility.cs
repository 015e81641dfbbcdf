using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>Whether an element is exposed to assistive technology, judged from markup alone (no layout).</summary>
public static class Visibility
{
    /// <summary>
    /// True when <paramref name="element"/> or an ancestor has <c>hidden</c>, <c>aria-hidden="true"</c>,
    /// or an inline <c>display: none</c> / <c>visibility: hidden</c>.
    /// </summary>
    public static bool IsHidden(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (HidesItself(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="element"/> itself is hidden, ignoring its ancestors.</summary>
    public static bool HidesItself(IElement element)
    {
        if (element.LocalName is "script" or "style" or "template" or "noscript" or "head")
        {
            return true;
        }

        // Most elements of a page have no attributes; looking each one up would still scan the name.
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Most styles hide nothing; only those mentioning a hiding value are worth parsing.
        var style = element.GetAttribute("style");
        return style is not null
            && (style.Contains("none", StringComparison.OrdinalIgnoreCase) || style.Contains("hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("collapse", StringComparison.OrdinalIgnoreCase))
            && InlineStyle.Parse(style) is var declarations
            && (declarations.Is("display", "none") || declarations.Is("visibility", "hidden") || declarations.Is("visibility", "collapse"));
    }

    /// <summary>
    /// True when <paramref name="element"/> is marked decorative: <c>role="presentation"</c> or <c>role="none"</c>,
    /// or, for images, an empty <c>alt</c>.
    /// </summary>
    public static bool IsMarkedDecorative(IElement element)
    {
        var role = Roles.ExplicitRole(element);
        if (role is "presentation" or "none")
        {
            return true;
        }

        return element.LocalName == "img" && role is null && element.GetAttribute("alt") is { } alt && alt.Length == 0;
    }
}
