using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CarePages.Core.Checks.Html;

/// <summary>Parses editor fragments and whole pages with AngleSharp, the same way everywhere.</summary>
public static class HtmlInput
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = false, IsScripting = false };

    /// <summary>Parses a rich-text fragment; its nodes end up in the body of the returned document.</summary>
    public static IDocument ParseFragment(string html) => new HtmlParser(Options).ParseDocument("<!DOCTYPE html><html><head></head><body>" + html);

    /// <summary>Parses a whole page.</summary>
    public static IDocument ParsePage(string html) => new HtmlParser(Options).ParseDocument(html);

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
