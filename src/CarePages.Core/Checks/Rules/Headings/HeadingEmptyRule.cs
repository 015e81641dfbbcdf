using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using Visibility = CarePages.Core.Checks.Html.Visibility;

namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>
/// A heading screen readers list must have a name (ACT ffd0e9): <c>h1</c>–<c>h6</c> and <c>role="heading"</c> exposed to assistive
/// technology whose <c>aria-labelledby</c>, <c>aria-label</c>, content and <c>title</c> give no text. Content hidden with
/// <c>aria-hidden</c> or inline styles, images with an empty <c>alt</c> and images marked <c>role="presentation"</c>/<c>none</c> give none.
/// Hidden headings are not checked.
/// </summary>
public sealed class HeadingEmptyRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "heading-empty",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.3.1", "2.4.6"],
        ActRule = "ffd0e9",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        // Innermost headings first, so that a heading nested in another is walked once, not once per enclosing heading.
        var headings = HeadingOutline.Exposed(context).Select(h => h.Heading).ToList();
        var contentNamed = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        for (var i = headings.Count - 1; i >= 0; i--)
        {
            contentNamed[headings[i]] = ContentHasName(headings[i], contentNamed);
        }

        foreach (var heading in headings)
        {
            if (!contentNamed[heading] && !IsLabelled(heading))
            {
                findings.Report(heading);
            }
        }
    }

    private static bool IsLabelled(IElement heading)
    {
        if (!string.IsNullOrWhiteSpace(heading.GetAttribute("aria-label")) || !string.IsNullOrWhiteSpace(heading.GetAttribute("title")))
        {
            return true;
        }

        var labelledBy = heading.GetAttribute("aria-labelledby");
        return !string.IsNullOrWhiteSpace(labelledBy) && heading.Owner is { } document
            && labelledBy.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(document.GetElementById)
                .Any(label => label is not null && AccessibleName.FromContent(label, includeHidden: true).Length > 0);
    }

    // Whether the heading's content gives it a name: visible text, a label, or an image's alt unless the image is presentational.
    private static bool ContentHasName(IElement heading, Dictionary<IElement, bool> nestedHeadings)
    {
        var stack = new Stack<INode>();
        stack.Push(heading);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return true;
                }

                continue;
            }

            if (node is not IElement element || (element != heading && Visibility.HidesItself(element)))
            {
                continue;
            }

            if (element != heading && !string.IsNullOrWhiteSpace(element.GetAttribute("aria-label")))
            {
                return true;
            }

            if (element != heading && nestedHeadings.TryGetValue(element, out var named))
            {
                if (named)
                {
                    return true;
                }

                continue;
            }

            if (element.LocalName is "img" or "area" || (element.LocalName == "input" && element.GetAttribute("type") == "image"))
            {
                if (Roles.ExplicitRole(element) is not ("none" or "presentation") && !string.IsNullOrWhiteSpace(element.GetAttribute("alt")))
                {
                    return true;
                }

                continue;
            }

            foreach (var child in ChildrenOf.LastFirst(element))
            {
                stack.Push(child);
            }
        }

        return false;
    }
}
