using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A link with no accessible name (ACT c487ae): screen readers announce only "link", so patients cannot tell where it
/// goes. Covers <c>a href</c>, <c>area href</c> and <c>role="link"</c>; variant <c>image</c> for links whose only content is
/// an image without a text alternative. Blocks.
/// </summary>
public sealed class LinkNameMissingRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-name-missing",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["2.4.4", "4.1.2"],
        ActRule = "c487ae",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var link in ExposedLinks.Of(context))
        {
            if (link.Name.Length == 0)
            {
                findings.Report(link.Element, HasImage(link.Element) ? "image" : null);
            }
        }
    }

    private static bool HasImage(IElement link)
    {
        var stack = new Stack<IElement>();
        stack.Push(link);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName is "img" or "svg" or "picture" || (element.LocalName == "input" && element.GetAttribute("type") == "image"))
            {
                return true;
            }

            foreach (var child in ChildrenOf.ElementsLastFirst(element))
            {
                stack.Push(child);
            }
        }

        return false;
    }
}
