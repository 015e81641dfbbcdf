using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// A cheap front for <see cref="Html.Visibility.HidesItself"/>: most elements have no <c>hidden</c>, <c>aria-hidden</c>
/// or hiding inline style, and for them the full check (which parses the <c>style</c> attribute) is skipped.
/// </summary>
internal static class HiddenElements
{
    /// <summary>True when <paramref name="element"/> itself is hidden, as <see cref="Html.Visibility.HidesItself"/> decides.</summary>
    public static bool HidesItself(IElement element)
    {
        var mayHide = element.LocalName is "script" or "style" or "template" or "noscript" or "head"
            || element.HasAttribute("hidden") || element.HasAttribute("aria-hidden")
            || (element.GetAttribute("style") is { } style
                && (style.Contains("none", StringComparison.OrdinalIgnoreCase) || style.Contains("hidden", StringComparison.OrdinalIgnoreCase)
                    || style.Contains("collapse", StringComparison.OrdinalIgnoreCase)));
        return mayHide && Html.Visibility.HidesItself(element);
    }
}
