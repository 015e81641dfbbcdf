using System.Globalization;
using AngleSharp.Dom;
using CarePages.Core.RichText;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Writes the blocks of a cleaned fragment as Markdown, separated by blank lines: paragraphs, ATX headings,
/// thematic breaks, block quotes, lists (tight unless an item holds several paragraphs; nested lists indented under
/// their item) and GFM pipe tables whose first row is the header.
/// </summary>
internal sealed class MarkdownBlockWriter(List<ConversionWarning> warnings)
{
    /// <summary>The Markdown of <paramref name="nodes"/>, inline runs written as paragraphs.</summary>
    public string WriteBlocks(IEnumerable<INode> nodes) => string.Join("\n\n", Blocks(nodes));

    private List<string> Blocks(IEnumerable<INode> nodes)
    {
        var blocks = new List<string>();
        var run = new List<INode>();
        string? previousList = null;
        foreach (var node in nodes.Append(null))
        {
            if (node is not null && !RichTextCleaner.IsBlock(node))
            {
                run.Add(node);
                continue;
            }

            if (run.Count > 0)
            {
                AddIfAny(blocks, MarkdownInlineWriter.Write(run, singleLine: false));
                run.Clear();
                previousList = null;
            }

            if (node is IElement element)
            {
                var marker = element.LocalName is "ul" or "ol" ? NextListMarker(element.LocalName, previousList) : null;
                AddIfAny(blocks, WriteBlock(element, marker));
                previousList = marker;
            }
        }

        return blocks;
    }

    private static void AddIfAny(List<string> blocks, string block)
    {
        if (block.Length > 0)
        {
            blocks.Add(block);
        }
    }

    /// <summary>Two lists in a row need different markers, or Markdown reads them as one list.</summary>
    private static string NextListMarker(string listName, string? previous) => listName == "ul"
        ? (previous == "-" ? "*" : "-")
        : (previous == "." ? ")" : ".");

    private string WriteBlock(IElement element, string? listMarker) => element.LocalName switch
    {
        "p" => MarkdownInlineWriter.Write(element.ChildNodes, singleLine: false),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => WriteHeading(element),
        "hr" => "---",
        "blockquote" => Prefix(WriteBlocks(element.ChildNodes), "> ", "> "),
        "ul" or "ol" => WriteList(element, listMarker!),
        "table" => new MarkdownTableWriter(warnings).Write(element),
        _ => MarkdownInlineWriter.Write(element.ChildNodes, singleLine: false),
    };

    private static string WriteHeading(IElement heading)
    {
        var text = MarkdownInlineWriter.Write(heading.ChildNodes, singleLine: true);
        if (text.EndsWith('#'))
        {
            text = text[..^1] + "\\#";
        }

        return new string('#', heading.LocalName[1] - '0') + " " + text;
    }

    private string WriteList(IElement list, string marker)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToArray();
        var loose = items.Any(i => Blocks(i.ChildNodes.Where(n => n is not IElement { LocalName: "ul" or "ol" })).Count > 1);
        var number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var written = new List<string>();
        foreach (var item in items)
        {
            var itemMarker = list.LocalName == "ul" ? marker + " " : string.Create(CultureInfo.InvariantCulture, $"{number++}{marker} ");
            var content = string.Join(loose ? "\n\n" : "\n", Blocks(item.ChildNodes));
            written.Add(Prefix(content, itemMarker, new string(' ', itemMarker.Length)).TrimEnd());
        }

        return string.Join(loose ? "\n\n" : "\n", written);
    }

    /// <summary>Prefixes the first line with <paramref name="first"/> and every other non-empty line with <paramref name="rest"/>.</summary>
    private static string Prefix(string text, string first, string rest)
    {
        var lines = text.Split('\n');
        return string.Join('\n', lines.Select((line, i) => i == 0 ? first + line : line.Length == 0 ? rest.TrimEnd() : rest + line));
    }
}
