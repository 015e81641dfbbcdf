using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.ListsAndTables;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

public class TableHeaderMissingRuleTests
{
    private readonly TableHeaderMissingRule _rule = new();

    [Theory]
    [InlineData("<table><tr><td>Route</td><td>Onset</td></tr><tr><td>Nasal</td><td>Within an hour</td></tr></table>")]
    [InlineData("<table><tbody><tr><td><strong>Route</strong></td><td><strong>Onset</strong></td></tr><tr><td><p>Nasal</p></td><td><p>1 hour</p></td></tr></tbody></table>")]
    public void Check_DataTableWithoutHeaderCells_Blocks(string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("table-header-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["1.3.1"], finding.Wcag);
        Assert.StartsWith("<table>", finding.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><th>Route</th><th>Onset</th></tr><tr><td>Nasal</td><td>1 hour</td></tr></table>")]
    [InlineData("<table><tr><td role=\"columnheader\">Route</td></tr><tr><td>Nasal</td></tr></table>")]
    [InlineData("<table role=\"presentation\"><tr><td>a</td></tr><tr><td>b</td></tr></table>")]
    [InlineData("<table><tr><td><table><tr><td>x</td></tr></table></td></tr><tr><td>b</td></tr></table>")]
    [InlineData("<table><tr><td>Mon</td><td>Tue</td></tr></table>")]
    [InlineData("<table><tr><td> </td></tr><tr><td></td></tr></table>")]
    [InlineData("<table hidden><tr><td>a</td></tr><tr><td>b</td></tr></table>")]
    public void Check_HeadersLayoutOrNoData_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_NestedLayoutTable_OnlyTheInnerDataTableCanBeReported()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table><tr><td><table><tr><td>a</td></tr><tr><td>b</td></tr></table></td></tr><tr><td>c</td></tr></table>"));

        Assert.Equal("<table>a b", finding.Snippet);
    }
}
