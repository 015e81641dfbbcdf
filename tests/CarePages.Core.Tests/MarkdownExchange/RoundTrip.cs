using CarePages.Core.MarkdownExchange;

namespace CarePages.Core.Tests.MarkdownExchange;

/// <summary>HTML → Markdown → HTML, next to the normal form of the HTML it started from.</summary>
internal static class RoundTrip
{
    /// <summary>The normal form of <paramref name="html"/> and what came back from its Markdown, with the Markdown in between.</summary>
    public static (string Expected, string Actual, string Markdown) Of(string html)
    {
        var markdown = HtmlToMarkdown.Convert(html).Value;
        return (RichTextNormaliser.Normalise(html).Value, MarkdownToHtml.TryConvert(markdown).Conversion!.Value, markdown);
    }

    /// <summary>Asserts that <paramref name="html"/> comes back from Markdown with the same structure, attributes and text.</summary>
    public static void AssertSurvives(string html)
    {
        var (expected, actual, markdown) = Of(html);
        Assert.True(expected == actual, $"Round trip changed the HTML.\nExpected: {expected}\nActual:   {actual}\nMarkdown:\n{markdown}");
    }
}
