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
    // No text in the current block yet.
    private const int NoHolder = int.MinValue;

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
        var index = context.Index;

        // The position of the element holding a block's first text, found as the walk goes: it meets elements in the
        // index's order, so each is found a step or two after the last (-1 for the root of a field, which is not indexed).
        var holder = NoHolder;
        var position = ReferenceEquals(root, context.Root) ? -1 : index.PositionOf(root);
        var stack = new Stack<(INode Node, bool Closing, int ParentPosition)>();
        PushChildren(stack, root, position);
        while (stack.Count > 0)
        {
            var (node, closing, parentPosition) = stack.Pop();
            if (closing)
            {
                Flush(blocks, text, ref holder);
                continue;
            }

            // By node type first: asking an element whether it is text scans every interface it has.
            if (node.NodeType != NodeType.Element)
            {
                if (node is IText textNode)
                {
                    text.Append(textNode.Data);
                    holder = holder == NoHolder ? parentPosition : holder;
                }

                continue;
            }

            var element = (IElement)node;

            var role = ElementAttributes.Has(element, "role") ? Roles.ExplicitRole(element) : null;
            if (IsSkipped(element, role, skipLandmarks))
            {
                continue;
            }

            if (element.LocalName == "br" || IsBlock(element, role))
            {
                Flush(blocks, text, ref holder);
                stack.Push((element, true, parentPosition));
            }

            position = index.PositionAfter(element, position);
            PushChildren(stack, element, position);
        }

        Flush(blocks, text, ref holder);
        return blocks;
    }

    private static IElement? MainOf(MarkupContext context)
    {
        foreach (var element in context.Index.InOrder)
        {
            if ((element.LocalName == "main" || (ElementAttributes.Has(element, "role") && Roles.ExplicitRole(element) == "main")) && !Html.Visibility.IsHidden(element))
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
    private static void PushChildren(Stack<(INode Node, bool Closing, int ParentPosition)> stack, INode parent, int parentPosition)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false, parentPosition));
        }
    }

    private static void Flush(List<ProseBlock> blocks, CollapsedText text, ref int holder)
    {
        var block = text.Take();
        if (block.Length > 0)
        {
            blocks.Add(new ProseBlock(block, holder == NoHolder ? 0 : Math.Max(0, holder)));
        }

        holder = NoHolder;
    }
}
