using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CarePages.Core.Checks.Html;

/// <summary>Parses editor fragments and whole pages with AngleSharp, the same way everywhere.</summary>
public static class HtmlInput
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = false, IsScripting = false };

    /// <summary>Parses a rich-text fragment; its nodes end up in the body of the returned document.</summary>
    public static IDocument ParseFragment(string html) => ParsePage("<!DOCTYPE html><html><head></head><body>" + html);

    /// <summary>Parses a whole page.</summary>
    /// <remarks>
    /// Parsed from UTF-8 bytes behind a byte order mark (which decides the encoding over any <c>meta charset</c>) rather
    /// than from the string: AngleSharp 1.5 takes time quadratic in the length of text that runs to the end of a string
    /// source (400 KB of plain text took 4 s), and linear time from a stream.
    /// </remarks>
    public static IDocument ParsePage(string html)
    {
        var bytes = new byte[Encoding.UTF8.Preamble.Length + Encoding.UTF8.GetByteCount(html)];
        Encoding.UTF8.Preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(html, bytes.AsSpan(Encoding.UTF8.Preamble.Length));
        using var stream = new MemoryStream(bytes, writable: false);
        return new HtmlParser(Options).ParseDocument(stream);
    }

    /// <summary>A document whose body has one paragraph per non-empty line of <paramref name="text"/>, never parsed as markup.</summary>
    public static IDocument FromPlainText(string text)
    {
        var document = ParseFragment(string.Empty);
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var paragraph = document.CreateElement("p");
            paragraph.TextContent = line;
            document.Body!.AppendChild(paragraph);
        }

        return document;
    }
}
