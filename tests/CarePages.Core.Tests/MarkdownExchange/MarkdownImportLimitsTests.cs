using CarePages.Core.MarkdownExchange;

namespace CarePages.Core.Tests.MarkdownExchange;

/// <summary>
/// Issue 15, items 3 and 6, with generated input: Markdown that Markdig or the cleaner took seconds or minutes over is
/// refused with a clear reason before conversion, and large ordinary Markdown converts completely. Times are measured in
/// CarePages.Benchmarks (LargeInputBenchmarks), not here.
/// </summary>
public sealed class MarkdownImportLimitsTests
{
    public static TheoryData<string, string> DeepNesting => new()
    {
        { "blockquotes", new string('>', 100_000) + " text" },
        { "spaced blockquotes", string.Concat(Enumerable.Repeat("> ", 50_000)) + "text" },
        { "lists", string.Concat(Enumerable.Repeat("- ", 50_000)) + "text" },
        { "numbered lists", string.Concat(Enumerable.Repeat("1. ", 50_000)) + "text" },
    };

    public static TheoryData<string, string> TooManyMarkers => new()
    {
        { "emphasis", new string('*', 100_000) + "text" + new string('*', 100_000) },
        { "links", new string('[', 100_000) + "text" + string.Concat(Enumerable.Repeat("](u)", 100_000)) },
        { "unclosed links", string.Concat(Enumerable.Repeat("[a](", 50_000)) },
        { "code spans", string.Concat(Enumerable.Repeat("`a", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void TryConvert_NestingFarBeyondTheLimit_RefusedSayingHowDeep(string _, string markdown)
    {
        var (conversion, refusal) = MarkdownToHtml.TryConvert(markdown);

        Assert.Null(conversion);
        Assert.Equal("Markdown is nested more than 64 levels deep (quotes or lists inside each other).", refusal?.English);
    }

    [Theory]
    [MemberData(nameof(TooManyMarkers))]
    public void TryConvert_ParagraphWithTensOfThousandsOfMarkers_RefusedAskingToSplitIt(string _, string markdown)
    {
        var (conversion, refusal) = MarkdownToHtml.TryConvert(markdown);

        Assert.Null(conversion);
        Assert.Matches("^A paragraph holds more than 500 \".\" markers; split it into paragraphs\\.$", refusal?.English);
    }

    [Fact]
    public void TryConvert_LineIndentedFarDeeperThanAnyList_Refused()
    {
        var (conversion, refusal) = MarkdownToHtml.TryConvert("- item\n" + new string(' ', 10_000) + "- deeper");

        Assert.Null(conversion);
        Assert.StartsWith("A line is indented by more than 256 spaces", refusal?.English, StringComparison.Ordinal);
    }

    [Fact]
    public void TryConvert_SixtyFourLevelsOfQuotesAndListsWithinTheLimit_Converts()
    {
        var (conversion, refusal) = MarkdownToHtml.TryConvert(string.Concat(Enumerable.Repeat("> ", 30)) + "- text with **bold** and a [link](https://example.org)");

        Assert.Null(refusal);
        Assert.Contains("<strong>bold</strong>", conversion!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TryConvert_FiveThousandParagraphs_KeepsEveryParagraph()
    {
        var markdown = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Paragraph {i} with *emphasis*.\n\n"));

        var (conversion, refusal) = MarkdownToHtml.TryConvert(markdown);

        Assert.Null(refusal);
        Assert.Equal(5_000, CountOf("<p>", conversion!.Value));
        Assert.EndsWith("<p>Paragraph 4999 with <em>emphasis</em>.</p>", conversion.Value, StringComparison.Ordinal);
    }

    private static int CountOf(string part, string text)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
