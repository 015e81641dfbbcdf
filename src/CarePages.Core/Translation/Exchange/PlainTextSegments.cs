using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Memory;

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

    private static List<string> BlockTexts(string html) => HtmlInput.ParseFragment(html).QuerySelectorAll(Blocks)
        .Where(e => e.QuerySelector(Blocks) is null)
        .Select(e => e.TextContent.Trim())
        .Where(t => t.Length > 0)
        .ToList();
}
