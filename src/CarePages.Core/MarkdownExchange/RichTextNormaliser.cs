using CarePages.Core.RichText;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Brings rich-text HTML to the one shape the Markdown exchange writes: the editor's subset only, sanitised (no
/// script, event handlers or unsafe URLs), white space and markup variants (<c>b</c>/<c>strong</c>, a paragraph
/// alone in a list item, a header row in <c>tbody</c>) made uniform. Two fragments with the same normal form look
/// and read the same.
/// </summary>
public static class RichTextNormaliser
{
    /// <summary>The normal form of <paramref name="html"/>, with what was removed or unwrapped on the way.</summary>
    public static Conversion Normalise(string html)
    {
        var (body, warnings) = RichTextCleaner.Parse(html);
        return new Conversion(CanonicalHtmlWriter.Write(body), warnings);
    }
}
