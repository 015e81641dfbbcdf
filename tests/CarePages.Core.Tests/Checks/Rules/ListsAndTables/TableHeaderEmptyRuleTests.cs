using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.ListsAndTables;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

public class TableHeaderEmptyRuleTests
{
    private readonly TableHeaderEmptyRule _rule = new();

    [Theory]
    [InlineData("<table><tr><th></th><th>Morning</th></tr><tr><th>Mon</th><td>8-12</td></tr></table>")]
    [InlineData("<table><tr><th><br></th></tr><tr><td>8-12</td></tr></table>")]
    [InlineData("<table><tr><td role=\"columnheader\"> </td></tr><tr><td>8-12</td></tr></table>")]
    [InlineData("<div role=\"table\"><div role=\"row\"><span role=\"columnheader\"></span></div></div>")]
    public void Check_HeaderCellWithoutText_Blocks(string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("table-header-empty", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["1.3.1"], finding.Wcag);
        Assert.Contains("empty", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><td></td><th>Morning</th></tr><tr><th>Mon</th><td>8-12</td></tr></table>")]
    [InlineData("<table><tr><th aria-label=\"Day\"></th></tr></table>")]
    [InlineData("<table><tr><th><img src=\"sun.png\" alt=\"Morning\"></th></tr></table>")]
    [InlineData("<table role=\"presentation\"><tr><th></th></tr></table>")]
    [InlineData("<table><tr><th role=\"cell\"></th></tr></table>")]
    [InlineData("<table style=\"display:none\"><tr><th></th></tr></table>")]
    public void Check_NamedOrNotAnExposedHeader_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_SpanishUi_MessageInSpanish()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table><tr><th></th></tr></table>", uiCulture: "es"));

        Assert.Contains("está vacía", finding.Message, StringComparison.Ordinal);
    }
}
