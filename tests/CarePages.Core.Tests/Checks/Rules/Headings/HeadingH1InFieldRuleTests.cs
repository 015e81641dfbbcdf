using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Headings;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Headings;

public class HeadingH1InFieldRuleTests
{
    private readonly HeadingH1InFieldRule _rule = new();

    [Theory]
    [InlineData("<h1>Ketamine</h1><p>Text.</p>")]
    [InlineData("<div role=\"heading\" aria-level=\"1\">Ketamine</div>")]
    public void Check_LevelOneHeadingInField_Blocks(string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("heading-h1-in-field", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["1.3.1"], finding.Wcag);
        Assert.Contains("level 1", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h2>Section</h2><h3>Part</h3>")]
    [InlineData("<h1 hidden>Hidden</h1>")]
    public void Check_NoVisibleLevelOneHeading_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_WholePage_DoesNotRunBecauseThePageOwnsItsH1() =>
        Assert.Empty(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><body><h1>Title</h1></body></html>"));

    [Fact]
    public void Check_FrenchUi_MessageInFrench()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<h1>Titre</h1>", uiCulture: "fr"));

        Assert.Contains("niveau 1", finding.Message, StringComparison.Ordinal);
    }
}
