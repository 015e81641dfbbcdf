using CarePages.Core.Checks.Html;
using CarePages.Core.Translation.Messages;
using Markdig;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Turns a translator's Markdown back into the editor's rich-text HTML with Markdig (CommonMark and pipe tables).
/// Raw HTML is parsed so that <c>sup</c>, <c>sub</c> and <c>bdi</c> survive, then the result goes through
/// <see cref="RichTextNormaliser"/>: anything outside the subset (a script, an event handler, a <c>javascript:</c>
/// link) is removed and reported, never passed on. Markdown or HTML nested deeper than any page needs is refused
/// before the normaliser's recursive walk, since a stack overflow would end the site's process, and Markdown that
/// Markdig would take long over is refused before Markdig starts (<see cref="MarkdownShapeScan"/>).
/// </summary>
public static class MarkdownToHtml
{
    /// <summary>How deeply Markdown blocks and inlines, and the HTML they give, may nest: 64 (a page nests a handful).</summary>
    public const int MaxNestingDepth = 64;

    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>The editor's HTML for <paramref name="markdown"/>, with what the sanitising removed; or why it was refused.</summary>
    public static (Conversion? Conversion, ExchangeNote? Refusal) TryConvert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (MarkdownShapeScan.Refusal(markdown, MaxNestingDepth) is { } refused)
        {
            return (null, refused);
        }

        string html;
        try
        {
            html = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException) when (markdown.Length > MaxNestingDepth)
        {
            // Markdig's depth limit: blockquotes, lists, emphasis or links inside each other beyond MaxNestingDepth.
            return (null, ExchangeNote.Keyed(ConversionMessages.MarkdownTooDeep, ("limit", MaxNestingDepth)));
        }

        return NestingScan.Exceeds(html, MaxNestingDepth)
            ? (null, ExchangeNote.Keyed(ConversionMessages.HtmlTooDeep, ("limit", MaxNestingDepth)))
            : (RichTextNormaliser.Normalise(html), null);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseNonAsciiNoEscape();
        builder.MaximumNestingDepth = MaxNestingDepth;
        return builder.Build();
    }
}
