using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// The prose of a field or page as blocks, for <see cref="ProseProfile"/>. On a page only the
/// main content counts (<c>&lt;main&gt;</c> or <c>role="main"</c>; without one, the body less its header, footer,
/// navigation and asides). Tables, code, forms and hidden content are left out; headings, paragraphs, list items and
/// line breaks each close a block, so each ends a sentence.
/// </summary>
internal static class ProseReader
{
    /// <summary>The prose blocks of <paramref name="context"/>, in document order.</summary>
    public static List<ProseBlock> Read(MarkupContext context)
    {
        var main = context.IsPage ? MainOf(context) : null;
        var root = main ?? (context.IsPage ? context.Document.Body : context.Root);
        var blocks = new List<ProseBlock>();
        if (root is null)
        {
            return blocks;
        }

        var skipLandmarks = context.IsPage && main is null;
        var text = new CollapsedText();
        IElement? holder = null;
        var stack = new Stack<(INode Node, bool Closing)>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                Flush(context, blocks, text, ref holder);
                continue;
            }

            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                holder ??= textNode.ParentElement;
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var role = element.HasAttribute("role") ? Roles.ExplicitRole(element) : null;
            if (IsSkipped(element, role, skipLandmarks))
            {
                continue;
            }

            if (element.LocalName == "br" || IsBlock(element, role))
            {
                Flush(context, blocks, text, ref holder);
                stack.Push((element, true));
            }

            PushChildren(stack, element);
        }

        Flush(context, blocks, text, ref holder);
        return blocks;
    }

    private static IElement? MainOf(MarkupContext context)
    {
        foreach (var element in context.Index.Elements)
        {
            if ((element.LocalName == "main" || (element.HasAttribute("role") && Roles.ExplicitRole(element) == "main")) && !Html.Visibility.IsHidden(element))
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsSkipped(IElement element, string? role, bool skipLandmarks) =>
        element.LocalName switch
        {
            "script" or "style" or "template" or "noscript" or "head" or "title" or "table" or "nav" or "pre" or "code" or "kbd" or "samp"
                or "svg" or "math" or "iframe" or "object" or "embed" or "select" or "textarea" or "button" or "input" or "canvas" or "video"
                or "audio" or "map" => true,
            "header" or "footer" or "aside" or "form" when skipLandmarks => true,
            _ => role is "navigation" or "search" or "table" or "grid" or "banner" or "contentinfo" or "complementary" || Html.Visibility.HidesItself(element),
        };

    private static bool IsBlock(IElement element, string? role) =>
        element.LocalName is "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
            or "blockquote" or "section" or "article" or "main" or "header" or "footer" or "aside" or "figure" or "figcaption" or "address"
            or "details" or "summary" or "fieldset" or "legend" or "hr" or "caption" or "form" or "center" or "body"
        || role is "heading" or "listitem" or "paragraph";

    // By index: AngleSharp finds a previous sibling by searching its parent's children.
    private static void PushChildren(Stack<(INode Node, bool Closing)> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    private static void Flush(MarkupContext context, List<ProseBlock> blocks, CollapsedText text, ref IElement? holder)
    {
        var block = text.Take();
        if (block.Length > 0)
        {
            blocks.Add(new ProseBlock(block, holder is null ? 0 : Math.Max(0, context.Index.PositionOf(holder))));
        }

        holder = null;
    }
}
