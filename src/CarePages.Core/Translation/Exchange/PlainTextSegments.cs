using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Pairs a field's source and translation as plain text for the glossary and the translation memory: one pair per
/// block (paragraph, list item, heading, table cell) when both sides have the same blocks, else one pair for the field.
/// </summary>
internal static class PlainTextSegments
{
    private const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, figcaption";

    public static IReadOnlyList<SegmentPair> Pair(FieldKind kind, string source, string target)
    {
        if (kind != FieldKind.RichText)
        {
            return [new SegmentPair(source, target)];
        }

        var sourceBlocks = BlockTexts(source);
        var targetBlocks = BlockTexts(target);
        return sourceBlocks.Count > 0 && sourceBlocks.Count == targetBlocks.Count
            ? sourceBlocks.Zip(targetBlocks, (s, t) => new SegmentPair(s, t)).ToArray()
            : [new SegmentPair(Text(source), Text(target))];
    }

    public static string Text(string html) => HtmlInput.ParseFragment(html).Body?.TextContent.Trim() ?? string.Empty;

    /// <summary>
    /// Rich text as a person reads it, for diffs shown to people: one paragraph per block separated by a blank line,
    /// list items on lines of their own after "• ", no markup. Plain text is returned as it is.
    /// </summary>
    public static string Readable(FieldKind kind, string text)
    {
        if (kind != FieldKind.RichText)
        {
            return text;
        }

        var readable = new System.Text.StringBuilder();
        var previousWasItem = false;
        foreach (var block in HtmlInput.ParseFragment(text).QuerySelectorAll(Blocks).Where(e => e.QuerySelector(Blocks) is null))
        {
            var words = string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (words.Length == 0)
            {
                continue;
            }

            var isItem = block.LocalName == "li";
            readable.Append(readable.Length == 0 ? string.Empty : isItem && previousWasItem ? "\n" : "\n\n").Append(isItem ? "• " : string.Empty).Append(words);
            previousWasItem = isItem;
        }

        return readable.Length > 0 ? readable.ToString() : Text(text);
    }

    /// <summary><paramref name="change"/> with both sources made readable (see <see cref="Readable(FieldKind, string)"/>).</summary>
    public static SourceChange? Readable(FieldKind kind, SourceChange? change) => change is null || kind != FieldKind.RichText
        ? change
        : change with { OldSourceText = change.OldSourceText is null ? null : Readable(kind, change.OldSourceText), NewSourceText = Readable(kind, change.NewSourceText) };

    private static List<string> BlockTexts(string html) => HtmlInput.ParseFragment(html).QuerySelectorAll(Blocks)
        .Where(e => e.QuerySelector(Blocks) is null)
        .Select(e => e.TextContent.Trim())
        .Where(t => t.Length > 0)
        .ToList();
}
