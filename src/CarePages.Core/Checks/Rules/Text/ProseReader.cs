using System.Buffers;
using System.Text;
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
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "head", "title", "table", "nav", "pre", "code", "kbd", "samp", "svg", "math", "iframe",
        "object", "embed", "select", "textarea", "button", "input", "canvas", "video", "audio", "map",
    };

    private static readonly HashSet<string> Landmarks = new(StringComparer.Ordinal) { "header", "footer", "aside", "form" };

    private static readonly HashSet<string> SkippedRoles = new(StringComparer.Ordinal) { "navigation", "search", "table", "grid", "banner", "contentinfo", "complementary" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main",
        "header", "footer", "aside", "figure", "figcaption", "address", "details", "summary", "fieldset", "legend", "hr", "caption", "form", "center", "body",
    };

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
        var text = new StringBuilder();
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
        Skipped.Contains(element.LocalName)
        || (skipLandmarks && Landmarks.Contains(element.LocalName))
        || (role is not null && SkippedRoles.Contains(role))
        || HiddenElements.HidesItself(element);

    private static bool IsBlock(IElement element, string? role) =>
        Blocks.Contains(element.LocalName) || role is "heading" or "listitem" or "paragraph";

    // By index: AngleSharp finds a previous sibling by searching its parent's children.
    private static void PushChildren(Stack<(INode Node, bool Closing)> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    private static void Flush(MarkupContext context, List<ProseBlock> blocks, StringBuilder text, ref IElement? holder)
    {
        var block = Collapse(text);
        if (block.Length > 0)
        {
            blocks.Add(new ProseBlock(block, holder is null ? 0 : Math.Max(0, context.Index.PositionOf(holder))));
        }

        text.Clear();
        holder = null;
    }

    // The text with every run of white space as one space, trimmed.
    private static string Collapse(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
            }
        }

        var result = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }
}
