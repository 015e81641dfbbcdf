using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Text;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class StyleContrastLowRuleTests
{
    private readonly StyleContrastLowRule _rule = new();

    [Fact]
    public void Check_LightGreyTextInField_WarnsWithRatioAndColours()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p style=\"color:#aaa\">Rest at home today.</p>"));

        Assert.Equal("style-contrast-low", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.4.3"], finding.Wcag);
        Assert.Equal("afw4f7", finding.ActRule);
        Assert.Equal("Patients with low vision may not be able to read this text: #aaaaaa on #ffffff has a contrast ratio of 2.32:1, and it needs at least 4.5:1.", finding.Message);
    }

    [Theory]
    [InlineData("<p style=\"color:#767676\">Rest at home today.</p>")] // 4.54:1
    [InlineData("<p style=\"color:#777; font-size:24px\">Large text</p>")] // 4.48:1 is enough for large text
    [InlineData("<p style=\"color:#777; font-size:14pt; font-weight:bold\">Large bold text</p>")]
    [InlineData("<h2 style=\"color:#777\">Heading at the browser's 1.5em</h2>")]
    [InlineData("<p style=\"color:#000; background-color:#737373; text-shadow:white 0 0 3px\">Shadowed text</p>")] // ACT afw4f7 Passed 4
    public void Check_EnoughContrast_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Theory]
    [InlineData("<p style=\"color:#777\">Normal text</p>", "4.48")]
    [InlineData("<p style=\"color:#777; font-size:18px; font-weight:bold\">Bold, but not large</p>", "4.48")]
    [InlineData("<p><span style=\"color:#fff; background-color:#ffcc00\">Yellow highlight</span></p>", "1.51")]
    [InlineData("<p style=\"color:rgba(0,0,0,.3)\">Faint text</p>", "2.11")]
    [InlineData("<div style=\"background:rgba(0,0,0,.5)\"><p style=\"color:#333\">Dark on a dimmed box</p></div>", "3.18")]
    [InlineData("<p style=\"color:hsl(0, 0%, 60%); background:#fff none\">HSL grey</p>", "2.85")]
    [InlineData("<p><font color=\"#bbbbbb\">Pasted from an old page</font></p>", "1.92")]
    public void Check_KnownLowContrast_Warns(string html, string ratio) =>
        Assert.Contains($"ratio of {ratio}:1", Assert.Single(RuleHarness.RichText(_rule, html)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("<p style=\"color:#aaa; background-image:url(/media/paper.png)\">Over an image</p>")]
    [InlineData("<p style=\"color:#aaa; background:linear-gradient(#fff, #00f)\">Over a gradient</p>")]
    [InlineData("<p style=\"color:#aaa; opacity:.9\">Faded</p>")]
    [InlineData("<p style=\"color:#aaa\" hidden>Hidden</p>")]
    [InlineData("<p style=\"color:#aaa\" aria-hidden=\"true\">Hidden from assistive technology</p>")]
    [InlineData("<p style=\"color:#aaa; position:absolute; left:-9999px\">Off screen</p>")]
    [InlineData("<button style=\"color:#aaa; background:#fff\" disabled>Disabled</button>")]
    [InlineData("<div role=\"group\" aria-disabled=\"true\" style=\"color:#888\"><label>Name <input></label></div>")]
    [InlineData("<p style=\"background:#000\"><a href=\"/book\">Book online</a></p>")] // the link's colour comes from the style sheet
    [InlineData("<p style=\"color:#aaa\"><svg><text>Chart label</text></svg></p>")]
    public void Check_ColoursNotKnownOrTextNotApplicable_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_NestedTextWithSameColours_ReportsOnce() =>
        Assert.Single(RuleHarness.RichText(_rule, "<p style=\"color:#aaa\">Rest <strong>at home</strong> and <em>drink water</em>.</p>"));

    [Fact]
    public void Check_FieldCanvasUnset_JudgesOnlyPairsSetInTheField()
    {
        var options = new CheckOptions { Rules = { ["style-contrast-low"] = new CheckRuleSettings { Parameters = { ["fieldBackground"] = string.Empty } } } };

        Assert.Empty(RuleHarness.RichText(_rule, "<p style=\"color:#aaa\">Only the text colour is set.</p>", options: options));
        Assert.Single(RuleHarness.RichText(_rule, "<p style=\"color:#aaa; background:#fff\">Both are set.</p>", options: options));
    }

    [Fact]
    public void Check_FieldWithItsOwnStyleSheet_NeedsBothColoursInline() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<style>p { background: #003f63 }</style><p style=\"color:#fff\">White on the style sheet's blue</p>"));

    // A linked style sheet is not read: it may override inline colours with !important, add a text shadow or a
    // background image, or hide the text, so not even a pair of inline colours is known (issue 18: no false positives).
    [Fact]
    public void Check_PageWithLinkedStyleSheet_ReportsNothing()
    {
        const string Page = "<!DOCTYPE html><html lang=\"en\"><head><link rel=\"stylesheet\" href=\"/site.css\"></head><body>{0}</body></html>";

        Assert.Empty(RuleHarness.Page(_rule, string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "<p style=\"color:#aaa\">Grey text</p>")));
        Assert.Empty(RuleHarness.Page(_rule, string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "<p style=\"color:#aaa; background:#fff\">Grey text</p>")));
    }

    [Fact]
    public void Check_PageWithStyleSheetSizingTextOnly_NeedsBothColoursInline()
    {
        const string Page = "<!DOCTYPE html><html lang=\"en\"><head><style>p {{ font-family: serif; }}</style></head><body>{0}</body></html>";

        Assert.Empty(RuleHarness.Page(_rule, string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "<p style=\"color:#aaa\">Grey text</p>")));
        Assert.Single(RuleHarness.Page(_rule, string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "<p style=\"color:#aaa; background:#fff\">Grey text</p>")));
    }

    [Theory]
    [InlineData("<style>p { color: #000 !important }</style>")]
    [InlineData("<style>div { background-image: url(x.png) }</style>")]
    [InlineData("<script>document.body.style.color = 'black'</script>")]
    [InlineData("<meta name=\"color-scheme\" content=\"dark\">")]
    [InlineData("<div style=\"position: absolute; top: 0; background: #fff\">Cover</div>")]
    public void Check_PageWhereColoursAreUnknowable_ReportsNothing(string head) =>
        Assert.Empty(RuleHarness.Page(_rule, $"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body><p style=\"color:#aaa; background:#fff\">Grey text</p></body></html>"));

    [Theory]
    [InlineData("<p style=\"color:#fff; background:#fff\">Same colour</p>")]
    [InlineData("<p style=\"color:#ccc; background:#fff\">&#9733; &#9733;</p>")]
    [InlineData("<p style=\"font-size: 0; color:#ccc; background:#fff\">Grey text</p>")]
    [InlineData("<details><summary>More</summary><p style=\"color:#ccc; background:#fff\">Grey text</p></details>")]
    [InlineData("<span id=\"l\" style=\"color:#ccc; background:#fff\">Subscribe</span><div role=\"checkbox\" aria-disabled=\"true\" aria-labelledby=\"l\"></div>")]
    public void Check_TextOutsideTheRule_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Theory]
    [InlineData("<font size=\"5\" color=\"#888\">Grey text</font>")]
    [InlineData("<p style=\"font: bold 24px serif; color:#888\">Grey text</p>")]
    public void Check_LargeTextFromLegacyOrShorthandSize_AppliesTheLargeTextRatio(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, $"<div style=\"background:#fff\">{html}</div>"));

    [Fact]
    public void Check_PageWithoutStyleSheet_UsesBrowserDefaults() =>
        Assert.Single(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><body><p style=\"color:#aaa\">Grey text</p></body></html>"));

    [Fact]
    public void Check_PageWithStyleSheetAndUnknownFontSize_AppliesTheLargeTextRatio()
    {
        // #777 on #eee is 3.85:1: a failure for normal text, a pass for large text, and a style sheet may make the text large.
        const string Page = "<!DOCTYPE html><html lang=\"en\"><head><style>p { font-size: 2rem }</style></head><body><p style=\"color:#777; background:#eee\">Text</p></body></html>";

        Assert.Empty(RuleHarness.Page(_rule, Page));
    }

    [Fact]
    public void Check_ArabicUi_MessageInArabic() =>
        Assert.Contains("2.32:1", Assert.Single(RuleHarness.RichText(_rule, "<p style=\"color:#aaa\">نص رمادي</p>", culture: "ar", uiCulture: "ar")).Message, StringComparison.Ordinal);
}
