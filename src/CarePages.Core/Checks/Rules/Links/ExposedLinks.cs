using System.Text;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// The links of one field or page that screen readers announce, found and named once and shared by the link rules.
/// A link is an <c>a</c> or <c>area</c> with <c>href</c> (a <c>role</c> of <c>presentation</c>/<c>none</c> is ignored
/// on them, as browsers do for focusable elements), or any element with <c>role="link"</c> or one of the DPUB link roles
/// (<c>doc-backlink</c>, <c>doc-biblioref</c>, <c>doc-glossref</c>, <c>doc-noteref</c>). Hidden links are left out.
/// </summary>
internal static class ExposedLinks
{
    /// <summary>The announced links of <paramref name="context"/>, in document order.</summary>
    public static IReadOnlyList<ExposedLink> Of(MarkupContext context) => context.Shared<IReadOnlyList<ExposedLink>>(static c => Find(c));

    /// <summary>True when <paramref name="element"/> has the role of a link.</summary>
    public static bool IsLink(IElement element)
    {
        var role = Roles.ExplicitRole(element);
        if (role is "link" or "doc-backlink" or "doc-biblioref" or "doc-glossref" or "doc-noteref")
        {
            return true;
        }

        return element.LocalName is "a" or "area" && element.HasAttribute("href") && role is null or "presentation" or "none";
    }

    /// <summary>
    /// The accessible name of <paramref name="link"/> (<see cref="AccessibleName.Of"/>), also counting what its content
    /// names with <c>aria-labelledby</c> and the <c>title</c> of images without <c>alt</c>, and naming DPUB link roles and
    /// links whose <c>role="none"</c> browsers ignore from their content, as they do for <c>role="link"</c>.
    /// </summary>
    public static string NameOf(IElement link)
    {
        var name = AccessibleName.Of(link);
        if (Roles.ExplicitRole(link) is not (null or "link") && (name.Length == 0 || !HasOwnLabel(link)))
        {
            var content = AccessibleName.FromContent(link, includeHidden: false);
            if (content.Length > 0)
            {
                return content;
            }
        }

        return name.Length > 0 || link.FirstElementChild is null ? name : NameFromDescendants(link);
    }

    private static bool HasOwnLabel(IElement link) =>
        !string.IsNullOrWhiteSpace(link.GetAttribute("aria-label")) || !string.IsNullOrWhiteSpace(link.GetAttribute("aria-labelledby"));

    private static List<ExposedLink> Find(MarkupContext context)
    {
        var hidden = context.Shared(static _ => new HiddenElements());
        var links = new List<ExposedLink>();
        foreach (var element in context.Index.InOrder)
        {
            if (IsLink(element) && !hidden.IsHidden(element))
            {
                links.Add(new ExposedLink(element, NameOf(element)));
            }
        }

        return links;
    }

    // What AccessibleName.FromContent leaves out: names a child takes from elsewhere, and image tooltips.
    private static string NameFromDescendants(IElement link)
    {
        var builder = new StringBuilder();
        var stack = new Stack<IElement>();
        foreach (var child in ChildrenOf.ElementsLastFirst(link))
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (Html.Visibility.HidesItself(element))
            {
                continue;
            }

            if (element.GetAttribute("aria-labelledby") is { } ids && !string.IsNullOrWhiteSpace(ids) && element.Owner is { } document)
            {
                foreach (var id in ids.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (document.GetElementById(id) is { } label)
                    {
                        builder.Append(' ').Append(AccessibleName.FromContent(label, includeHidden: true));
                    }
                }
            }
            else if (element.LocalName is "img" or "area" or "input" && string.IsNullOrWhiteSpace(element.GetAttribute("alt")))
            {
                builder.Append(' ').Append(element.GetAttribute("title"));
            }

            foreach (var child in ChildrenOf.ElementsLastFirst(element))
            {
                stack.Push(child);
            }
        }

        return WhiteSpaceRuns.Collapse(builder.ToString());
    }
}
