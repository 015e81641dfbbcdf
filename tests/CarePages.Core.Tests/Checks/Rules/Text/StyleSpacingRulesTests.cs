using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Text;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class StyleSpacingRulesTests
{
    private const string Text = "The toy brought back fond memories of being lost in the rain forest.";

    private static readonly StyleLetterSpacingRule LetterSpacing = new();
    private static readonly StyleWordSpacingRule WordSpacing = new();
    private static readonly StyleLineHeightRule LineHeight = new();

    [Theory]
    [InlineData("letter-spacing: 0.1em !important")]
    [InlineData("letter-spacing: normal !important")]
    [InlineData("letter-spacing: 0 !important")]
    [InlineData("letter-spacing: -1px !important")] // negative fails at any font size
    [InlineData("font-size: 20px; letter-spacing: 2px !important")] // 0.1em
    [InlineData("font-size: 12pt; letter-spacing: 1pt !important")] // 0.083em
    [InlineData("font-size: 20px; letter-spacing: 0.1em !important")]
    public void Check_LetterSpacingBelowMinimum_Warns(string style)
    {
        var finding = Assert.Single(RuleHarness.RichText(LetterSpacing, $"<p style=\"{style}\">{Text}</p>"));

        Assert.Equal("style-letter-spacing", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.4.12"], finding.Wcag);
        Assert.Equal("24afc2", finding.ActRule);
        Assert.Contains("below 0.12 times the font size", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("letter-spacing: 0.12em !important")]
    [InlineData("letter-spacing: 0.1em")] // not !important: readers can override it
    [InlineData("font-size: 25px; letter-spacing: 3px !important")] // exactly 0.12em
    [InlineData("letter-spacing: 1px !important")] // px without a known font size
    [InlineData("letter-spacing: inherit !important")]
    [InlineData("letter-spacing: calc(1px + 0.01em) !important")]
    [InlineData("letter-spacing: 0.1em !important; letter-spacing: 0.15em !important")] // the later one wins
    [InlineData("letter-spacing: 0.1em !important; display: none")]
    public void Check_LetterSpacingAcceptableOrUndecidable_FindsNothing(string style) =>
        Assert.Empty(RuleHarness.RichText(LetterSpacing, $"<p style=\"{style}\">{Text}</p>"));

    // ACT 24afc2 judges an element with text of its own on the value its own style attribute declares: the paragraphs
    // inherit the value (not declared on them) and the div has no text of its own, so nothing applies.
    [Fact]
    public void Check_InheritedLetterSpacing_FindsNothing() =>
        Assert.Empty(RuleHarness.RichText(LetterSpacing, $"<div style=\"letter-spacing: 0.05em !important\"><p>{Text}</p><p>{Text}</p></div>"));

    [Fact]
    public void Check_LetterSpacingOnElementWithOwnText_ReportsTheElementOnce()
    {
        var finding = Assert.Single(RuleHarness.RichText(LetterSpacing, $"<div style=\"letter-spacing: 0.05em !important\">{Text}<p>{Text}</p></div>"));

        Assert.StartsWith("<div", finding.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div style=\"letter-spacing: 0.1em !important\"><p style=\"letter-spacing: 0.2em !important\">{0}</p></div>")] // overridden
    [InlineData("<div style=\"letter-spacing: 0.1em !important\"></div>")] // no text
    [InlineData("<div style=\"letter-spacing: 0.1em !important\" aria-hidden=\"true\">{0}</div>")]
    public void Check_LetterSpacingNotApplied_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(LetterSpacing, string.Format(System.Globalization.CultureInfo.InvariantCulture, html, Text)));

    [Theory]
    [InlineData("word-spacing: 0.15em !important", 1)]
    [InlineData("word-spacing: normal !important", 1)]
    [InlineData("font-size: 12pt; word-spacing: 1.5pt !important", 1)] // 0.125em
    [InlineData("font-size: 12pt; word-spacing: 2pt !important", 0)] // 0.167em
    [InlineData("word-spacing: 0.16em !important", 0)]
    [InlineData("word-spacing: 0.2em !important; word-spacing: 0.1em", 0)] // the !important one wins
    public void Check_WordSpacing_JudgedInEm(string style, int findings) =>
        Assert.Equal(findings, RuleHarness.RichText(WordSpacing, $"<p style=\"{style}\">{Text}</p>").Of("style-word-spacing").Count);

    [Theory]
    [InlineData("line-height: 1.2 !important", 1)]
    [InlineData("line-height: 140% !important", 1)]
    [InlineData("line-height: 1.2em !important", 1)]
    [InlineData("line-height: normal !important", 1)]
    [InlineData("font-size: 16px; line-height: 20px !important", 1)] // 1.25
    [InlineData("font-size: 16px; line-height: 24px !important", 0)] // 1.5
    [InlineData("line-height: 1.5 !important", 0)]
    [InlineData("line-height: 150% !important", 0)]
    [InlineData("line-height: 1.2", 0)]
    [InlineData("line-height: 20px !important", 0)] // px without a known font size
    public void Check_LineHeight_JudgedAsAMultipleOfTheFontSize(string style, int findings) =>
        Assert.Equal(findings, RuleHarness.RichText(LineHeight, $"<p style=\"{style}; max-width: 200px\">{Text}</p>").Of("style-line-height").Count);

    [Theory]
    [InlineData("<p style=\"line-height: 1 !important\">Call us</p>")] // fits on one line even on a phone
    [InlineData("<p style=\"line-height: 1 !important\">{0}</p>")] // no width set: fits a desktop line, where the ACT rule sees no soft wrap
    [InlineData("<p style=\"line-height: 1 !important; white-space: nowrap\">{0}</p>")]
    [InlineData("<p style=\"line-height: 1 !important; width: 1000px\">{0}</p>")]
    public void Check_LineHeightOnTextThatDoesNotWrap_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(LineHeight, string.Format(System.Globalization.CultureInfo.InvariantCulture, html, Text)));

    [Fact]
    public void Check_LineHeightInNarrowBox_Warns() =>
        Assert.Single(RuleHarness.RichText(LineHeight, "<p style=\"line-height: 1 !important; max-width: 100px\">Call us today to book</p>"));

    [Fact]
    public void Check_PageWithoutStyleSheet_KnowsTheDefaultFontSize() =>
        Assert.Single(RuleHarness.Page(LineHeight, $"<!DOCTYPE html><html lang=\"en\"><body><p style=\"line-height: 20px !important; max-width: 200px\">{Text}</p></body></html>"));

    [Fact]
    public void Check_SpanishUi_MessageInSpanish() =>
        Assert.StartsWith("Quienes necesitan más espacio entre líneas no pueden ampliarlo: el interlineado está fijado en 1.2", Assert.Single(RuleHarness.RichText(LineHeight, $"<p style=\"line-height: 1.2 !important; max-width: 200px\">{Text}</p>", uiCulture: "es")).Message, StringComparison.Ordinal);
}
