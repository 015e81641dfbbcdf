using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.RichText;

namespace CarePages.Core.Tests.RichText;

/// <summary>Counterexamples the fuzz suite (RichTextCleanerFuzzTests) found, kept as named regressions.</summary>
public sealed class RichTextCleanerTests
{
    [Fact]
    public void Convert_SourceNested20000Deep_TextKeptInsteadOfOverflowingTheStack()
    {
        // Found by the fuzz suite: a document's source rich text is not bounded by any parser limit, and the cleaner's
        // recursive walk overflowed the stack near 17,000 levels, which would end the site's process on a Markdown export.
        // <marquee> nests without the parser's quadratic scope checks, so the test stays fast.
        var html = string.Concat(Enumerable.Repeat("<marquee>", 20_000)) + "Keep this text";

        var conversion = HtmlToMarkdown.Convert(html);

        Assert.Equal("Keep this text", conversion.Value);
        Assert.Contains(conversion.Warnings, w => w.Message.Contains("nested more than 64 deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Normalise_NestedBeyondTheLimit_DeeperElementsUnwrappedScriptsRemovedTextKept()
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 100)) + "Deep <strong>text</strong><script>steal()</script> here";

        var conversion = RichTextNormaliser.Normalise(html);

        Assert.Contains("Deep text here", HtmlInput.ParseFragment(conversion.Value).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", conversion.Value, StringComparison.Ordinal);
        // Cleaning may still wrap the deepest text in a paragraph, one level more.
        Assert.InRange(Depth(HtmlInput.ParseFragment(conversion.Value).Body!), MarkdownToHtml.MaxNestingDepth, MarkdownToHtml.MaxNestingDepth + 1);
    }

    [Fact]
    public void Normalise_NestedAtTheLimit_NothingUnwrapped()
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 62)) + "<p>At <strong>the</strong> limit</p>";

        var conversion = RichTextNormaliser.Normalise(html);

        Assert.Contains("<strong>the</strong>", conversion.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(conversion.Warnings, w => w.Element == "html");
    }

    [Theory]
    [InlineData("<p><b a\"b=\"1\">bold</b> text</p>", "<p><strong>bold</strong> text</p>")]
    [InlineData("<p><i x'y=2 onclick=\"steal()\">slanted</i></p>", "<p><em>slanted</em></p>")]
    public void Normalise_SynonymWithAnAttributeNameTheDomRefuses_RenamedInsteadOfThrowing(string html, string expected)
    {
        // Found by the fuzz suite: copying such an attribute onto <strong>/<em> threw a DomException (a 500 on import).
        Assert.Equal(expected, RichTextNormaliser.Normalise(html).Value);
    }

    [Fact]
    public void TryConvert_RawHtmlBlockWithAnOddAttributeName_ConvertedInsteadOfThrowing()
    {
        var (conversion, refusal) = MarkdownToHtml.TryConvert("<div>\n<b a\"b=1>bold</b> text\n</div>");

        Assert.Null(refusal);
        Assert.Equal("<p><strong>bold</strong> text</p>", conversion!.Value);
    }

    private static int Depth(IElement element)
    {
        var deepest = 0;
        var pending = new Stack<(IElement, int)>([(element, 0)]);
        while (pending.TryPop(out var next))
        {
            deepest = Math.Max(deepest, next.Item2);
            foreach (var child in next.Item1.Children)
            {
                pending.Push((child, next.Item2 + 1));
            }
        }

        return deepest;
    }
}
