using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Headings;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Headings;

public class HeadingEmptyRuleTests
{
    private readonly HeadingEmptyRule _rule = new();

    [Theory]
    [InlineData("<h3></h3><p>Text.</p>")]
    [InlineData("<h3><br></h3>")]
    [InlineData("<h3>&nbsp; </h3>")]
    [InlineData("<h3><img src=\"logo.png\" alt=\"\"></h3>")]
    [InlineData("<h3><img src=\"logo.png\" alt=\"Side effects\" role=\"presentation\"></h3>")]
    [InlineData("<h3 aria-label=\"\"><span aria-hidden=\"true\">Side effects</span></h3>")]
    [InlineData("<div role=\"heading\" aria-level=\"3\"></div>")]
    [InlineData("<h3 role=\"none\" aria-label=\"\"><span aria-hidden=\"true\">Side effects</span></h3>")]
    public void Check_HeadingWithoutName_BlocksWithWcagAndActMapping(string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("heading-empty", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["1.3.1", "2.4.6"], finding.Wcag);
        Assert.Equal("ffd0e9", finding.ActRule);
        Assert.Equal("body", finding.Property);
        Assert.Contains("no text", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h3>Side effects</h3>")]
    [InlineData("<h3><img src=\"logo.png\" alt=\"Side effects\"></h3>")]
    [InlineData("<span id=\"name\" hidden>Side effects</span><h3 aria-labelledby=\"name\">x</h3>")]
    [InlineData("<h3 aria-label=\"Side effects\"></h3>")]
    [InlineData("<h3 aria-hidden=\"true\"></h3>")]
    [InlineData("<h3 hidden></h3>")]
    [InlineData("<div style=\"display:none\"><h3></h3></div>")]
    [InlineData("<h3 role=\"presentation\"></h3>")]
    [InlineData("<h3 style=\"position:absolute; top:-9999px\">Side effects</h3>")]
    public void Check_NamedOrHiddenOrNotAHeading_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_WholePage_ChecksPageHeadingsToo()
    {
        var finding = Assert.Single(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><body><h1></h1></body></html>"));

        Assert.Null(finding.Property);
    }

    [Theory]
    [InlineData("es", "no tiene texto")]
    [InlineData("ar", "بلا نص")]
    public void Check_UiLanguage_MessageInThatLanguage(string uiCulture, string expected)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<h2></h2>", uiCulture: uiCulture));

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
