using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CarePages.Core.RichText;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Writes a cleaned fragment as the HTML the editor stores: no white space between blocks, white space collapsed
/// inside text, none at the edges of a block or beside a line break, no empty paragraphs or headings, and only
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> (and <c>&quot;</c> in attributes) escaped.
/// </summary>
internal static partial class CanonicalHtmlWriter
{
    /// <summary>The canonical HTML of <paramref name="body"/>'s children.</summary>
    public static string Write(IElement body)
    {
        var builder = new StringBuilder();
        foreach (var child in body.ChildNodes)
        {
            Write(child, builder);
        }

        var html = SpaceAroundBlockTag().Replace(builder.ToString(), "$1");
        html = BreakAtBlockStart().Replace(html, "$1");
        html = BreakAtBlockEnd().Replace(html, "$1");
        return EmptyBlock().Replace(html, string.Empty);
    }

    private static void Write(INode node, StringBuilder builder)
    {
        if (node is IText text)
        {
            AppendText(builder, text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        builder.Append('<').Append(element.LocalName);
        foreach (var name in RichTextSubset.AttributesOf(element.LocalName))
        {
            if (element.GetAttribute(name) is { } value)
            {
                builder.Append(' ').Append(name).Append("=\"").Append(value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
            }
        }

        builder.Append('>');
        if (RichTextSubset.IsVoid(element.LocalName))
        {
            return;
        }

        foreach (var child in element.ChildNodes)
        {
            Write(child, builder);
        }

        builder.Append("</").Append(element.LocalName).Append('>');
    }

    private static void AppendText(StringBuilder builder, string data)
    {
        foreach (var c in HtmlWhiteSpace.Collapse(data))
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }
    }

    [GeneratedRegex(@" *(</?(?:p|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|th|td)>|<hr>|<br>) *", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceAroundBlockTag();

    [GeneratedRegex(@"(<(?:p|h[1-6]|li|td|th)>)(?:<br>)+", RegexOptions.CultureInvariant)]
    private static partial Regex BreakAtBlockStart();

    [GeneratedRegex(@"(?:<br>)+(</(?:p|h[1-6]|li|td|th)>)", RegexOptions.CultureInvariant)]
    private static partial Regex BreakAtBlockEnd();

    [GeneratedRegex(@"<(p|h[1-6])></\1>", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBlock();
}
