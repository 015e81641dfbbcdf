using System.Text;
using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>Text of a node as a reader meets it, gathered without recursion; block boundaries and line breaks become spaces.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript" };

    private static readonly HashSet<string> Breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "blockquote", "section", "article", "dt", "dd", "figcaption",
    };

    /// <summary>The text of <paramref name="node"/>, whitespace collapsed, at most <paramref name="maxLength"/> characters.</summary>
    public static string Of(INode node, int maxLength = int.MaxValue)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0 && builder.Length < maxLength)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                AppendCollapsed(builder, text.Data);
                continue;
            }

            if (current is IElement element)
            {
                if (Skipped.Contains(element.LocalName))
                {
                    continue;
                }

                if (Breaking.Contains(element.LocalName))
                {
                    AppendSpace(builder);
                }
            }

            foreach (var child in ChildrenOf.LastFirst(current))
            {
                stack.Push(child);
            }
        }

        var result = builder.ToString().Trim();
        return result.Length > maxLength ? result[..maxLength] : result;
    }

    private static void AppendCollapsed(StringBuilder builder, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                AppendSpace(builder);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }
}
