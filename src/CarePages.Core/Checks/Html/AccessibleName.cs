using System.Text;
using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// The accessible name of an element, after the steps of W3C accname that markup alone can decide:
/// <c>aria-labelledby</c>, <c>aria-label</c>, native labels (<c>alt</c>, <c>label</c>, <c>caption</c>…), content for roles
/// named from content, then <c>title</c>. Hidden content does not count. Whitespace is collapsed.
/// </summary>
public static class AccessibleName
{
    private static readonly HashSet<string> NamedFromContent = new(StringComparer.Ordinal)
    {
        "link", "button", "heading", "cell", "columnheader", "rowheader", "listitem", "menuitem", "option", "tab", "tooltip", "treeitem", "checkbox", "radio", "switch",
    };

    /// <summary>The accessible name of <paramref name="element"/>; empty when it has none.</summary>
    public static string Of(IElement element)
    {
        var labelledBy = element.GetAttribute("aria-labelledby");
        if (!string.IsNullOrWhiteSpace(labelledBy) && element.Owner is { } document)
        {
            var text = string.Join(' ', labelledBy.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(document.GetElementById).Where(e => e is not null).Select(e => FromContent(e!, includeHidden: true)));
            if (!string.IsNullOrWhiteSpace(text))
            {
                return WhiteSpaceRuns.Collapse(text);
            }
        }

        var label = element.GetAttribute("aria-label");
        if (!string.IsNullOrWhiteSpace(label))
        {
            return WhiteSpaceRuns.Collapse(label);
        }

        var native = Native(element);
        if (!string.IsNullOrWhiteSpace(native))
        {
            return WhiteSpaceRuns.Collapse(native);
        }

        if (Roles.RoleOf(element) is { } role && NamedFromContent.Contains(role))
        {
            var content = FromContent(element, includeHidden: false);
            if (content.Length > 0)
            {
                return content;
            }
        }

        return WhiteSpaceRuns.Collapse(element.GetAttribute("title") ?? string.Empty);
    }

    /// <summary>The text an element's content contributes: its text, the alt of images inside, the labels of labelled children.</summary>
    public static string FromContent(IElement element, bool includeHidden)
    {
        // Most links, headings and cells hold just their text.
        if (element.ChildNodes is { Length: 1 } children && children[0] is IText only)
        {
            return WhiteSpaceRuns.Collapse(only.Data);
        }

        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        foreach (var child in ChildrenOf.LastFirst(element))
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                continue;
            }

            if (node is not IElement child || (!includeHidden && Visibility.HidesItself(child)))
            {
                continue;
            }

            if (child.GetAttribute("aria-label") is { } label && !string.IsNullOrWhiteSpace(label))
            {
                builder.Append(' ').Append(label).Append(' ');
                continue;
            }

            if (child.LocalName is "img" or "area" || (child.LocalName == "input" && child.GetAttribute("type") == "image"))
            {
                // A presentational image contributes nothing, whatever its alt says.
                if (Roles.ExplicitRole(child) is "presentation" or "none")
                {
                    continue;
                }

                builder.Append(' ').Append(child.GetAttribute("alt")).Append(' ');
                continue;
            }

            if (child.LocalName is "br" or "p" or "div" or "li")
            {
                builder.Append(' ');
            }

            foreach (var grandChild in ChildrenOf.LastFirst(child))
            {
                stack.Push(grandChild);
            }
        }

        return WhiteSpaceRuns.Collapse(builder.ToString());
    }

    private static string? Native(IElement element) => element.LocalName switch
    {
        "img" or "area" => element.GetAttribute("alt"),
        "input" when element.GetAttribute("type") is "image" => element.GetAttribute("alt"),
        "input" when element.GetAttribute("type") is "button" or "submit" or "reset" => element.GetAttribute("value"),
        "input" or "select" or "textarea" => LabelText(element),
        "table" => element.QuerySelector("caption") is { } caption ? FromContent(caption, false) : null,
        "figure" => element.QuerySelector("figcaption") is { } caption ? FromContent(caption, false) : null,
        "fieldset" => element.QuerySelector("legend") is { } legend ? FromContent(legend, false) : null,
        _ => null,
    };

    private static string? LabelText(IElement element)
    {
        var id = element.Id;
        if (!string.IsNullOrEmpty(id) && element.Owner is { } document)
        {
            var label = document.QuerySelectorAll("label").FirstOrDefault(l => l.GetAttribute("for") == id);
            if (label is not null)
            {
                return FromContent(label, false);
            }
        }

        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "label")
            {
                return FromContent(ancestor, false);
            }
        }

        return null;
    }
}
