using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Images;

public class ImageEmptyAltNotDecorativeRuleTests
{
    private readonly ImageEmptyAltNotDecorativeRule _rule = new();

    [Fact]
    public void Check_EmptyAltWithoutMark_WarnsWithoutActMapping()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p><img src=\"/media/knee.jpg\" alt=\"\"></p>").Of("image-empty-alt-not-decorative"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.1.1"], finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.Contains("data-decorative", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"a.jpg\" alt=\"\" data-decorative=\"true\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\" data-decorative>")]
    [InlineData("<img src=\"a.jpg\" alt=\"\" role=\"presentation\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\" role=\"none\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\" aria-hidden=\"true\">")]
    [InlineData("<div aria-hidden=\"true\"><img src=\"a.jpg\" alt=\"\"></div>")]
    public void Check_EmptyAltMarkedDecorative_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("image-empty-alt-not-decorative"));

    [Theory]
    [InlineData("<a href=\"/book\"><img src=\"calendar.svg\" alt=\"\"> Book an appointment</a>")]
    [InlineData("<button><img src=\"phone.svg\" alt=\"\"> Call us</button>")]
    [InlineData("<img src=\"a.jpg\" alt=\"\" aria-label=\"Waiting room\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"Waiting room\">")]
    [InlineData("<img src=\"a.jpg\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\" data-decorative=\"false\" hidden>")]
    public void Check_IconInControlNamedOrNotEmpty_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("image-empty-alt-not-decorative"));

    [Fact]
    public void Check_DecorativeMarkSetToFalse_Warns() =>
        Assert.Single(RuleHarness.RichText(_rule, "<img src=\"a.jpg\" alt=\"\" data-decorative=\"false\">").Of("image-empty-alt-not-decorative"));

    [Fact]
    public void Check_FrenchUi_MessageInFrench()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<img src=\"a.jpg\" alt=\"\">", "fr-FR", uiCulture: "fr").Of("image-empty-alt-not-decorative"));

        Assert.Contains("décorative", finding.Message, StringComparison.Ordinal);
    }
}
