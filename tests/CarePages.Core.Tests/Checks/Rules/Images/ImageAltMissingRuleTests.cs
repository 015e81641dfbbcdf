using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Images;

public class ImageAltMissingRuleTests
{
    private readonly ImageAltMissingRule _rule = new();

    [Theory]
    [InlineData("<p><img src=\"/media/nasal-spray.jpg\"></p>")]
    [InlineData("<p><img src=\"/media/nasal-spray.jpg\" alt=\"   \" role=\"img\"></p>")]
    [InlineData("<div role=\"img\"></div>")]
    public void Check_ImageWithoutName_BlocksWithWcagAndActMapping(string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("image-alt-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["1.1.1"], finding.Wcag);
        Assert.Equal("23a2a8", finding.ActRule);
        Assert.Equal("body", finding.Property);
        Assert.Equal("en-GB", finding.Culture);
        Assert.Contains("text alternative", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"a.jpg\" alt=\"A nurse showing how to use the nasal spray\">")]
    [InlineData("<img src=\"a.jpg\" aria-label=\"Nasal spray device\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\">")]
    [InlineData("<img src=\"a.jpg\" role=\"presentation\">")]
    [InlineData("<img src=\"a.jpg\" aria-hidden=\"true\">")]
    [InlineData("<div hidden><img src=\"a.jpg\"></div>")]
    [InlineData("<img src=\"a.jpg\" style=\"display:none\">")]
    public void Check_NamedDecorativeOrHiddenImage_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_SpanishUi_MessageInSpanish()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<img src=\"a.jpg\">", uiCulture: "es-ES"));

        Assert.Contains("texto alternativo", finding.Message, StringComparison.Ordinal);
    }
}
