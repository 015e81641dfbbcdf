using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.ListsAndTables;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

/// <summary>Beyond the shared ACT subset, these include the published a25f45 examples the subset leaves out.</summary>
public class TableHeadersAttributeRuleTests
{
    private readonly TableHeadersAttributeRule _rule = new();

    [Theory]
    [InlineData("<table><tr><th id=\"dose\">Dose</th></tr><tr><td headers=\"dos\">25 mg</td></tr></table>", "dos")]
    [InlineData("<table><tr><th id=\"dose\">Dose</th></tr></table><table><tr><td headers=\"dose\">25 mg</td></tr></table>", "dose")]
    [InlineData("<table><tr><td><span id=\"dose\">Dose</span></td></tr><tr><td headers=\"dose\">25 mg</td></tr></table>", "dose")]
    [InlineData("<table><tr><th id=\"dose\">Dose</th></tr><tr><td headers=\"dose onset\">25 mg</td></tr></table>", "onset")]
    public void Check_HeadersNamingNoCellOfTheTable_BlocksNamingTheIds(string html, string ids)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("table-headers-attr-outside", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("a25f45", finding.ActRule);
        Assert.Contains($"points to {ids},", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HeadersNamingTheCellItself_BlocksWithSelfVariant()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table><tr><th>Event</th></tr><tr><td id=\"b\" headers=\"b\">Birthday</td></tr></table>"));

        Assert.Contains("the cell itself", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><th id=\"h1\">Projects</th><th id=\"h2\">Exams</th></tr><tr><td colspan=\"2\" headers=\"h1 h2\">15%</td></tr></table>")]
    [InlineData("<table><tr><td role=\"columnheader\" id=\"h1\">Projects</td></tr><tr><td headers=\"h1\">15%</td></tr></table>")]
    [InlineData("<table><tbody><tr><th role=\"rowheader\" id=\"age\">Age</th><td headers=\"age\">65</td></tr></tbody></table>")]
    [InlineData("<table><tr><th id=\"name\" colspan=\"2\">Name</th></tr><tr><th headers=\"name\">First</th><th headers=\"name\">Last</th></tr></table>")]
    [InlineData("<table role=\"presentation\"><tr><td id=\"h1\">x</td></tr><tr><td headers=\"nothing\">15%</td></tr></table>")]
    [InlineData("<table style=\"display:none;\"><tr><td headers=\"nothing\">15%</td></tr></table>")]
    [InlineData("<table role=\"region\"><td id=\"self\" headers=\"self\">World</td></table>")]
    [InlineData("<div role=\"table\"><div role=\"row\"><div role=\"cell\" headers=\"nothing\">15%</div></div></div>")]
    public void Check_HeadersNamingCellsOfTheSameTable_OrNotApplicable_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_CellOfAnInnerTable_IsNotACellOfTheOuterTable()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table><tr><td><table><tr><th id=\"inner\">Inner</th></tr></table></td><td headers=\"inner\">x</td></tr></table>"));

        Assert.Contains("points to inner,", finding.Message, StringComparison.Ordinal);
    }
}
