using Markdig;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Turns a translator's Markdown back into the editor's rich-text HTML with Markdig (CommonMark and pipe tables).
/// Raw HTML is parsed so that <c>sup</c>, <c>sub</c> and <c>bdi</c> survive, then the result goes through
/// <see cref="RichTextNormaliser"/>: anything outside the subset (a script, an event handler, a <c>javascript:</c>
/// link) is removed and reported, never passed on.
/// </summary>
public static class MarkdownToHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseNonAsciiNoEscape()
        .Build();

    /// <summary>The editor's HTML for <paramref name="markdown"/>, with what the sanitising removed.</summary>
    public static Conversion Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return RichTextNormaliser.Normalise(Markdown.ToHtml(markdown, Pipeline));
    }
}
