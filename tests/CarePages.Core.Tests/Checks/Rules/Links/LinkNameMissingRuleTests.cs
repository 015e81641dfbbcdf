using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkNameMissingRuleTests
{
    private readonly LinkNameMissingRule _rule = new();

    [Theory]
    [InlineData("<p><a href=\"/book\"></a></p>")]
    [InlineData("<a href=\"/book\">   </a>")]
    [InlineData("<a href=\"/book\"><span aria-hidden=\"true\">→</span></a>")]
    [InlineData("<a href=\"/book\"><i class=\"icon-calendar\"></i></a>")]
    [InlineData("<a href=\"/book\" role=\"none\"> </a>")]
    [InlineData("<div role=\"link\" tabindex=\"0\"></div>")]
    [InlineData("<map name=\"m\"><area href=\"/book\" shape=\"rect\" coords=\"0,0,10,10\"></map>")]
    [InlineData("<a href=\"/book\" aria-labelledby=\"empty\">x</a><span id=\"empty\"></span><a href=\"/x\"></a>")]
    public void Check_LinkWithoutName_BlocksWithWcagAndActMapping(string html)
    {
        var finding = RuleHarness.RichText(_rule, html).Of("link-name-missing")[^1];

        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["2.4.4", "4.1.2"], finding.Wcag);
        Assert.Equal("c487ae", finding.ActRule);
        Assert.Equal("body", finding.Property);
        Assert.Contains("no text", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"/\"><img src=\"logo.png\"></a>")]
    [InlineData("<a href=\"/\"><img src=\"logo.png\" alt=\"\"></a>")]
    [InlineData("<a href=\"/\"><img src=\"logo.png\" aria-labelledby=\"nothing\"></a><div id=\"nothing\"></div>")]
    public void Check_ImageOnlyLinkWithoutAlt_SaysTheImageNeedsAlt(string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html).Of("link-name-missing"));

        Assert.Contains("only an image", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"/book\">Book an appointment</a>")]
    [InlineData("<a href=\"/book\" aria-label=\"Book an appointment\"><i class=\"icon\"></i></a>")]
    [InlineData("<a href=\"/\"><img src=\"logo.png\" alt=\"Clinic home page\"></a>")]
    [InlineData("<a href=\"/\" title=\"Clinic home page\"><img src=\"logo.png\" alt=\"\"></a>")]
    [InlineData("<a href=\"/\"><img src=\"logo.png\" aria-labelledby=\"n\"></a><p id=\"n\">Clinic home page</p>")]
    [InlineData("<a href=\"/\"><img src=\"logo.png\" title=\"Clinic home page\"></a>")]
    [InlineData("<a href=\"/\"><svg><title>Clinic home page</title></svg></a>")]
    [InlineData("<a href=\"/\"><span class=\"visually-hidden\">Clinic home page</span></a>")]
    [InlineData("<a name=\"top\"></a>")]
    [InlineData("<a href=\"/book\" role=\"none\">Book an appointment</a>")]
    [InlineData("<a href=\"/book\" role=\"presentation\" title=\"Appointments\">Book an appointment</a>")]
    [InlineData("<a href=\"/book\" role=\"button\"></a>")]
    [InlineData("<a href=\"/book\" hidden></a>")]
    [InlineData("<div style=\"display: none\"><a href=\"/book\"></a></div>")]
    [InlineData("<a href=\"/book\" aria-hidden=\"true\"></a>")]
    public void Check_NamedHiddenOrNotALink_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("link-name-missing"));

    // The W3C ACT c487ae examples that the shared standards subset leaves out (the rest run in ActConformanceTests).
    [Theory]
    [InlineData("<a href=\"https://www.w3.org/WAI\"><img src=\"logo.png\" title=\"Web Accessibility Initiative\"/></a>", false)]
    [InlineData("<a href=\"https://www.w3.org/WAI\"><img src=\"logo.png\" alt=\"\" />Web Accessibility Initiative (WAI)</a>", false)]
    [InlineData("<a class=\"offScreenLink\" href=\"https://www.w3.org/WAI\">Web Accessibility Initiative (WAI)</a>", false)]
    [InlineData("See [<a href=\"https://act-rules.github.io/\" role=\"doc-biblioref\">ACT rules</a>]", false)]
    [InlineData("<a aria-hidden=\"true\" href=\"https://www.w3.org/WAI\">Web Accessibility Initiative (WAI)</a>", false)]
    [InlineData("<a href=\"http://www.w3.org/WAI\"></a>", true)]
    [InlineData("<a href=\"https://www.w3.org/WAI\"><img src=\"logo.png\" alt=\"\"/></a>", true)]
    [InlineData("<a href=\"http://www.w3.org/WAI\"><img src=\"logo.png\" role=\"presentation\"/></a>", true)]
    [InlineData("<a href=\"http://www.w3.org/WAI\"><img src=\"logo.png\" role=\"none\"/></a>", true)]
    [InlineData("<a href=\"https://www.w3.org/WAI\"><img src=\"logo.png\" title=\"\"/></a>", true)]
    [InlineData("<a href=\"https://www.w3.org/WAI\"><img src=\"logo.png\" aria-labelledby=\"id1\"/></a>", true)]
    [InlineData("<a href=\"https://www.w3.org/WAI\" style=\"left: -9999px; position: absolute;\"><img src=\"logo.png\" /></a>", true)]
    [InlineData("<map name=\"planetmap\"><area shape=\"rect\" coords=\"0,0,82,126\" href=\"sun.htm\" /></map>", true)]
    public void Check_ActC487aeExamplesOutsideTheSharedSubset_AgreeWithTheRule(string html, bool failed) =>
        Assert.Equal(failed, RuleHarness.RichText(_rule, html).Of("link-name-missing").Count == 1);

    [Fact]
    public void Check_WholePage_ReportsAgainstThePage()
    {
        var finding = Assert.Single(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><nav><a href=\"/\"></a></nav></body></html>").Of("link-name-missing"));

        Assert.Null(finding.Property);
    }

    [Fact]
    public void Check_ArabicUi_MessageInArabic()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<a href=\"/book\"></a>", "ar", uiCulture: "ar").Of("link-name-missing"));

        Assert.Contains("الرابط", finding.Message, StringComparison.Ordinal);
    }
}
