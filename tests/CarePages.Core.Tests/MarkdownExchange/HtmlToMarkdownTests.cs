using CarePages.Core.MarkdownExchange;

namespace CarePages.Core.Tests.MarkdownExchange;

public sealed class HtmlToMarkdownTests
{
    [Fact]
    public void Convert_LinkWithTitle_WritesInlineLinkWithQuotedTitle()
    {
        var markdown = HtmlToMarkdown.Convert("<p>Call <a href=\"https://111.nhs.uk\" title=\"NHS &quot;111&quot; online\">NHS 111</a> now.</p>").Value;

        Assert.Equal("Call [NHS 111](https://111.nhs.uk \"NHS \\\"111\\\" online\") now.", markdown);
    }

    [Theory]
    [InlineData("<p>Call <a href=\"https://111.nhs.uk\" title=\"NHS 111 online\">NHS 111</a> now.</p>")]
    [InlineData("<p><a href=\"https://example.org/a_(b)?x=1&amp;y=2#top\">odd address</a></p>")]
    [InlineData("<p><a href=\"tel:+441234567890\">01234 567890</a> or <a href=\"mailto:pain@example.org\">email us</a></p>")]
    [InlineData("<p><a href=\"/relative/page with space\">relative</a></p>")]
    public void RoundTrip_Link_KeepsHrefTitleAndText(string html) => RoundTrip.AssertSurvives(html);

    [Fact]
    public void Convert_NestedLists_IndentsChildListUnderItsItem()
    {
        var markdown = HtmlToMarkdown.Convert("<ul><li>Nose<ol><li>Blow</li><li>Spray</li></ol></li><li>Muscle</li></ul>").Value;

        Assert.Equal("- Nose\n  1. Blow\n  2. Spray\n- Muscle", markdown);
    }

    [Theory]
    [InlineData("<ul><li>Nose<ol><li>Blow</li><li>Spray</li></ol></li><li>Muscle</li></ul>")]
    [InlineData("<ol start=\"3\"><li>Third</li><li>Fourth<ul><li>deep<ul><li>deeper</li></ul></li></ul></li></ol>")]
    [InlineData("<ul><li><p>Tiptap wraps items</p></li><li><p>in paragraphs</p><ul><li><p>nested</p></li></ul></li></ul>")]
    [InlineData("<ul><li><p>First paragraph</p><p>Second paragraph</p></li><li>Short</li></ul>")]
    [InlineData("<ul><li>One list</li></ul><ul><li>Another list</li></ul><ol><li>Numbered</li></ol><ol><li>Again</li></ol>")]
    public void RoundTrip_Lists_KeepNestingNumberingAndSeparateLists(string html) => RoundTrip.AssertSurvives(html);

    [Fact]
    public void Convert_TableWithHeaderRow_WritesPipeTable()
    {
        var markdown = HtmlToMarkdown.Convert("<table><tbody><tr><th>Dose</th><th>When</th></tr><tr><td>10 mg</td><td>Day <strong>1</strong></td></tr></tbody></table>").Value;

        Assert.Equal("| Dose | When |\n| --- | --- |\n| 10 mg | Day **1** |", markdown);
    }

    [Theory]
    [InlineData("<table><thead><tr><th>Dose</th><th>When</th></tr></thead><tbody><tr><td>10 mg</td><td>Day <strong>1</strong></td></tr></tbody></table>")]
    [InlineData("<table><tbody><tr><th><p>Route</p></th><th><p>Onset</p></th></tr><tr><td><p>Nose | spray</p></td><td><p>Line<br>break</p></td></tr></tbody></table>")]
    [InlineData("<table><tr><th>A</th><th>B</th></tr><tr><td></td><td><a href=\"https://example.org\">link</a></td></tr></table>")]
    public void RoundTrip_Table_KeepsHeaderCellsAndInlineContent(string html) => RoundTrip.AssertSurvives(html);

    [Fact]
    public void Convert_TableWithoutHeaderRow_WarnsThatTheFirstRowBecomesTheHeader()
    {
        var conversion = HtmlToMarkdown.Convert("<table><tr><td>a</td></tr><tr><td>b</td></tr></table>");

        Assert.Contains(conversion.Warnings, w => w.Element == "table" && w.Message.Contains("header", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p><a href=\"https://example.org\">see <strong>this</strong> and <em>that</em></a></p>")]
    [InlineData("<p><strong><em>both</em></strong> and <em><strong>both</strong></em></p>")]
    [InlineData("<p><strong>bold.</strong>word and word<em>(aside)</em>word</p>")]
    [InlineData("<p><strong>one</strong><em>two</em><strong>three</strong></p>")]
    [InlineData("<p>intra<strong>word</strong>bold and <b>b</b> and <i>i</i></p>")]
    [InlineData("<p><strong> spaced </strong>text</p>")]
    public void RoundTrip_Emphasis_KeepsNestingAndBoundaries(string html) => RoundTrip.AssertSurvives(html);

    [Fact]
    public void Convert_EmphasisInsideLink_UsesAsterisks()
    {
        var markdown = HtmlToMarkdown.Convert("<p><a href=\"https://example.org\">see <strong>this</strong> and <em>that</em></a></p>").Value;

        Assert.Equal("[see **this** and *that*](https://example.org)", markdown);
    }

    [Theory]
    [InlineData("1. Not a list", "1\\. Not a list")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("- not a bullet", "\\- not a bullet")]
    [InlineData("2*3 and snake_case [sic] `x`", "2\\*3 and snake\\_case \\[sic\\] \\`x\\`")]
    [InlineData("a &lt;b&gt; &amp;amp; c | d \\ e", "a \\<b\\> \\&amp; c \\| d \\\\ e")]
    public void Convert_MarkdownSignificantText_IsEscaped(string htmlText, string expected)
    {
        Assert.Equal(expected, HtmlToMarkdown.Convert($"<p>{htmlText}</p>").Value);
    }

    [Theory]
    [InlineData("<p>1. Not a list</p><p># Not a heading</p><p>- not a bullet</p><p>+ nor this</p><p>=====</p><p>---</p><p>&gt; not a quote</p>")]
    [InlineData("<p>2*3 and snake_case [sic] `x` ![x](y) &lt;script&gt; &amp;amp; a|b \\ ~~~ 5 &lt; 6</p>")]
    [InlineData("<p>Line one<br>1. line two<br># line three<br>- line four</p>")]
    [InlineData("<h2>Ends with C#</h2><h3>2. Second heading</h3>")]
    public void RoundTrip_MarkdownSignificantText_SurvivesAsText(string html) => RoundTrip.AssertSurvives(html);

    [Fact]
    public void Convert_LineBreak_WritesBackslashAtEndOfLine()
    {
        Assert.Equal("First line\\\nSecond line", HtmlToMarkdown.Convert("<p>First line<br>Second line</p>").Value);
    }

    [Theory]
    [InlineData("<p>First line<br>Second line</p><p>a<br><br>b</p>")]
    [InlineData("<h2>Heading<br>broken</h2>")]
    public void RoundTrip_LineBreaks_AreKept(string html) => RoundTrip.AssertSurvives(html);

    [Theory]
    [InlineData("<p>يُسمّى الألم المزمن أحيانًا <strong>الألم المستعصي</strong>. اتصل بالرقم <bdi>999</bdi>.</p>")]
    [InlineData("<ul><li><strong>الكيتامين عن طريق الأنف</strong>: بخاخ تستعمله في أنفك.</li></ul><p><a href=\"https://example.org/ar/صفحة\" title=\"صفحة عربية\">رابط</a></p>")]
    [InlineData("<p><strong>«الألم»</strong>، <em>١٢٣</em>؟</p>")]
    public void RoundTrip_ArabicText_KeepsTextEmphasisAndLinks(string html) => RoundTrip.AssertSurvives(html);

    [Theory]
    [InlineData("<h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6><hr><blockquote><p>Quoted</p><ul><li>and listed</li></ul></blockquote>")]
    [InlineData("<p>H<sub>2</sub>O and x<sup>2</sup>, <code>a `tick` here</code></p>")]
    [InlineData("<p><img src=\"/media/nose.png\" alt=\"A nasal [spray]\" title=\"Spray\"> Image inline</p>")]
    public void RoundTrip_OtherSubsetElements_AreKept(string html) => RoundTrip.AssertSurvives(html);

    [Fact]
    public void Convert_UnknownElement_KeepsItsTextAndReportsIt()
    {
        var conversion = HtmlToMarkdown.Convert("<div><p>Kept <span class=\"x\">inside</span> text</p></div>");

        Assert.Equal("Kept inside text", conversion.Value);
        Assert.Contains(conversion.Warnings, w => w.Element == "span");
        Assert.Contains(conversion.Warnings, w => w.Element == "div");
    }

    [Fact]
    public void Convert_Script_IsRemovedWithItsContentAndReported()
    {
        var conversion = HtmlToMarkdown.Convert("<p>Safe</p><script>alert(1)</script>");

        Assert.Equal("Safe", conversion.Value);
        Assert.Contains(conversion.Warnings, w => w.Element == "script");
    }
}
