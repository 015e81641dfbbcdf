using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>The headings of a field or page as assistive technology exposes them, with their levels.</summary>
internal static class HeadingOutline
{
    // ARIA 1.2 global states and properties: any of them (or focusability) makes a browser ignore role="none"/"presentation".
    private static readonly string[] GlobalAriaAttributes =
    [
        "aria-atomic", "aria-busy", "aria-controls", "aria-current", "aria-describedby", "aria-details", "aria-dropeffect", "aria-flowto",
        "aria-grabbed", "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-live", "aria-owns", "aria-relevant", "aria-roledescription",
    ];

    /// <summary>
    /// The heading level of <paramref name="element"/>: <c>h1</c>–<c>h6</c>, <c>role="heading"</c> (with <c>aria-level</c>), and
    /// <c>h1</c>–<c>h6</c> whose <c>role="none"</c>/<c>presentation</c> browsers ignore because of a global ARIA attribute or a
    /// <c>tabindex</c>; 0 when it is not a heading.
    /// </summary>
    public static int LevelOf(IElement element)
    {
        var level = Roles.HeadingLevel(element);
        if (level > 0 || element.LocalName is not ['h', >= '1' and <= '6'])
        {
            return level;
        }

        return Roles.ExplicitRole(element) is "none" or "presentation" && PresentationIsIgnored(element) ? element.LocalName[1] - '0' : 0;
    }

    /// <summary>
    /// The headings under the context's root that are exposed (not hidden), with their levels, in document order; found once per
    /// field or page and shared by the heading rules.
    /// </summary>
    public static IReadOnlyList<(IElement Heading, int Level)> Exposed(MarkupContext context) =>
        context.Shared<IReadOnlyList<(IElement Heading, int Level)>>(static c => Find(c));

    /// <summary>
    /// Reports each heading that goes more than one level deeper than the heading before it. <paramref name="previous"/> is the level
    /// the first heading follows (the template's section heading for a field); the first heading's finding uses <paramref name="firstVariant"/>.
    /// </summary>
    public static void ReportSkips(IEnumerable<(IElement Heading, int Level)> headings, int previous, string? firstVariant, FindingCollector findings)
    {
        var first = true;
        foreach (var (heading, level) in headings)
        {
            if (previous > 0 && level > previous + 1)
            {
                findings.Report(heading, first ? firstVariant : null, new Dictionary<string, string>
                {
                    ["level"] = Number(level),
                    ["previous"] = Number(previous),
                    ["expected"] = Number(previous + 1),
                });
            }

            previous = level;
            first = false;
        }
    }

    private static List<(IElement Heading, int Level)> Find(MarkupContext context)
    {
        var hidden = context.Shared(static _ => new HiddenElements());
        var headings = new List<(IElement Heading, int Level)>();
        foreach (var element in context.Index.InOrder)
        {
            var level = LevelOf(element);
            if (level > 0 && !hidden.IsHidden(element))
            {
                headings.Add((element, level));
            }
        }

        return headings;
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool PresentationIsIgnored(IElement element) =>
        element.HasAttribute("tabindex") || Array.Exists(GlobalAriaAttributes, element.HasAttribute);
}
