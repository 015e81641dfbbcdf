using CarePages.Core.RichText;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Turns the editor's rich-text HTML into Markdown a translator can edit in any text editor, such that
/// <see cref="MarkdownToHtml"/> gives back the same structure, links and text. Written on AngleSharp (ReverseMarkdown
/// cannot be restored here). Elements outside the editor's subset keep their text and are reported.
/// </summary>
public static class HtmlToMarkdown
{
    /// <summary>The Markdown for <paramref name="html"/>, with what did not carry over as it was.</summary>
    public static Conversion Convert(string html)
    {
        var (body, cleaned) = RichTextCleaner.Parse(html);
        var warnings = cleaned.ToList();
        var markdown = new MarkdownBlockWriter(warnings).WriteBlocks(body.ChildNodes);
        return new Conversion(markdown, warnings);
    }
}
