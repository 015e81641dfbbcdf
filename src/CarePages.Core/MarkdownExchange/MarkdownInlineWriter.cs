using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using CarePages.Core.RichText;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Writes the inline content of one block (a paragraph, heading, list item or table cell) as Markdown. Emphasis
/// uses <c>*</c> and <c>**</c> where CommonMark reads them back as the same element, and the raw tag otherwise;
/// <c>sup</c>, <c>sub</c> and <c>bdi</c> are always raw tags.
/// </summary>
internal sealed class MarkdownInlineWriter
{
    private readonly StringBuilder builder = new();
    private readonly bool singleLine;

    private MarkdownInlineWriter(bool singleLine) => this.singleLine = singleLine;

    /// <summary>
    /// The Markdown of <paramref name="nodes"/>. On a single line (headings, table cells) a line break is a raw
    /// <c>&lt;br&gt;</c> and a pipe is escaped; elsewhere it is a backslash at the end of the line.
    /// </summary>
    public static string Write(IEnumerable<INode> nodes, bool singleLine)
    {
        var writer = new MarkdownInlineWriter(singleLine);
        foreach (var node in nodes)
        {
            writer.WriteNode(node);
        }

        var text = writer.builder.ToString().Trim(' ');
        return MarkdownEscaper.LineStarts(string.Join('\n', text.Split('\n').Select(l => l.Trim(' '))));
    }

    private void WriteNode(INode node)
    {
        switch (node)
        {
            case IText text:
                builder.Append(MarkdownEscaper.Text(text.Data));
                break;
            case IElement element:
                WriteElement(element);
                break;
        }
    }

    private void WriteChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            WriteNode(child);
        }
    }

    private void WriteElement(IElement element)
    {
        switch (element.LocalName)
        {
            case "strong":
                WriteEmphasis(element, "**");
                break;
            case "em":
                WriteEmphasis(element, "*");
                break;
            case "a":
                WriteLink(element);
                break;
            case "img":
                WriteImage(element);
                break;
            case "code":
                builder.Append(MarkdownEscaper.CodeSpan(element.TextContent));
                break;
            case "br":
                builder.Append(singleLine ? "<br>" : "\\\n");
                break;
            case "sup" or "sub" or "bdi":
                WriteRaw(element);
                break;
            default:
                WriteBlockInline(element);
                break;
        }
    }

    private void WriteBlockInline(IElement element)
    {
        if (builder.Length > 0 && RichTextCleaner.IsBlock(element))
        {
            builder.Append(singleLine ? "<br>" : "\\\n");
        }

        WriteChildren(element);
    }

    private void WriteRaw(IElement element)
    {
        builder.Append('<').Append(element.LocalName).Append('>');
        WriteChildren(element);
        builder.Append("</").Append(element.LocalName).Append('>');
    }

    private void WriteEmphasis(IElement element, string delimiter)
    {
        var inner = Write(element.ChildNodes, singleLine);
        var text = element.TextContent;
        if (inner.Length == 0)
        {
            if (text.Length > 0 && !EndsWithSpace())
            {
                builder.Append(' ');
            }

            return;
        }

        if (HtmlWhiteSpace.IsSpace(text.FirstOrDefault()) && !EndsWithSpace())
        {
            builder.Append(' ');
        }

        var before = builder.Length == 0 ? ' ' : builder[^1];
        var after = FirstCharacterAfter(element);
        if (CanDelimit(inner, before, after))
        {
            builder.Append(delimiter).Append(inner).Append(delimiter);
        }
        else
        {
            WriteRawAround(element.LocalName, inner);
        }

        if (HtmlWhiteSpace.IsSpace(text.LastOrDefault()))
        {
            builder.Append(' ');
        }
    }

    private void WriteRawAround(string name, string inner) =>
        builder.Append('<').Append(name).Append('>').Append(inner).Append("</").Append(name).Append('>');

    private bool EndsWithSpace() => builder.Length == 0 || builder[^1] is ' ' or '\n';

    private void WriteLink(IElement element)
    {
        var inner = Write(element.ChildNodes, singleLine: true);
        builder.Append('[').Append(inner).Append("](").Append(MarkdownEscaper.Destination(element.GetAttribute("href") ?? string.Empty));
        AppendTitle(element);
        builder.Append(')');
    }

    private void WriteImage(IElement element)
    {
        builder.Append("![").Append(MarkdownEscaper.Text(element.GetAttribute("alt") ?? string.Empty).Trim())
            .Append("](").Append(MarkdownEscaper.Destination(element.GetAttribute("src") ?? string.Empty));
        AppendTitle(element);
        builder.Append(')');
    }

    private void AppendTitle(IElement element)
    {
        if (element.GetAttribute("title") is { } title)
        {
            builder.Append(' ').Append(MarkdownEscaper.Title(title));
        }
    }

    /// <summary>
    /// True when CommonMark reads <c>*</c> delimiters around <paramref name="inner"/> as emphasis: the opening run
    /// is left-flanking, the closing run right-flanking, and neither touches another <c>*</c>.
    /// </summary>
    private static bool CanDelimit(string inner, char before, char after)
    {
        char first = inner[0], last = inner[^1];
        if (first is '*' || last is '*' || before is '*' || after is '*' || char.IsWhiteSpace(first) || char.IsWhiteSpace(last))
        {
            return false;
        }

        var opens = !IsPunctuation(first) || char.IsWhiteSpace(before) || IsPunctuation(before);
        var closes = !IsPunctuation(last) || char.IsWhiteSpace(after) || IsPunctuation(after);
        return opens && closes;
    }

    /// <summary>
    /// The first character written after <paramref name="element"/>: its next sibling's text, '*' for emphasis,
    /// '&lt;' for another element (its Markdown starts with punctuation), or a space at the end of the block.
    /// </summary>
    private static char FirstCharacterAfter(IElement element) => element.NextSibling switch
    {
        IText text when MarkdownEscaper.Text(text.Data) is { Length: > 0 } escaped => escaped[0],
        IElement { LocalName: "strong" or "em" } => '*',
        IElement => '<',
        _ => ' ',
    };

    private static bool IsPunctuation(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}
