using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.ListsAndTables;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

/// <summary>Beyond the shared ACT subset, these include the published d0f69e examples the subset leaves out.</summary>
public class TableHeaderWithoutDataRuleTests
{
    private readonly TableHeaderWithoutDataRule _rule = new();

    [Theory]
    [InlineData("<table><thead><tr><th>Rate</th><th>Value</th></tr></thead><tbody><tr><td>15%</td></tr></tbody></table>", "Value")]
    [InlineData("<table><tr><th id=\"c1\">Country</th><th id=\"c2\">Starting with a Z</th></tr><tr><td>Zambia</td><td headers=\"c1\">Zimbabwe</td></tr></table>", "Starting with a Z")]
    [InlineData("<div role=\"grid\"><div role=\"row\"><div role=\"columnheader\">Room</div><div role=\"columnheader\">Occupant</div></div><div role=\"row\"><div role=\"gridcell\">1A</div></div></div>", "Occupant")]
    [InlineData("<table><tr><th>Dose</th><th>Onset</th><th>Duration</th></tr><tr><td>25 mg</td><td>1 hour</td></tr></table>", "Duration")]
    public void Check_HeaderWithNoAssignedCell_WarnsWithActMapping(string html, string header)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("table-header-without-data", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal("d0f69e", finding.ActRule);
        Assert.EndsWith(header, finding.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><th>Time</th></tr><tr><td>05:41</td></tr></table>")]
    [InlineData("<div role=\"table\"><div role=\"rowgroup\"><div role=\"row\"><span role=\"columnheader\">Month</span><span role=\"columnheader\">Top</span></div></div><div role=\"rowgroup\"><div role=\"row\"><span role=\"cell\">July</span><span role=\"cell\">40 C</span></div></div></div>")]
    [InlineData("<table><thead><tr><th>Projects</th><th>Exams</th></tr></thead><tbody><tr><td colspan=\"2\">15%</td></tr></tbody></table>")]
    [InlineData("<table><caption>Opening hours</caption><tr><th>Day</th><th>Morning</th></tr><tr><th>Mon-Fri</th><td>8-12</td></tr></table>")]
    [InlineData("<table><tr><th rowspan=\"2\">Route</th><th colspan=\"2\">Timing</th></tr><tr><th>Onset</th><th>Duration</th></tr><tr><td>Nasal</td><td>fast</td><td>2 hours</td></tr></table>")]
    [InlineData("<table><thead><tr><th scope=\"rowgroup\">Group</th><th>Value</th></tr></thead><tbody><tr><th scope=\"rowgroup\">Adults</th><td>1</td></tr><tr><td>x</td><td>2</td></tr></tbody></table>")]
    [InlineData("<table><tr><td>12:00</td></tr></table>")]
    [InlineData("<table><tr><th style=\"display: none;\">Organization</th></tr><tr><td>W3C</td></tr></table>")]
    [InlineData("<table><tr><th aria-hidden=\"true\">Organization</th></tr><tr><td>W3C</td></tr></table>")]
    [InlineData("<table><tr><th role=\"cell\">Column A</th></tr><tr><td>Cell A</td></tr></table>")]
    [InlineData("<table role=\"presentation\"><tr><th>Time</th></tr><tr><td>12:00</td></tr></table>")]
    [InlineData("<table><tr><th></th></tr><tr><td></td></tr></table>")]
    public void Check_EveryHeaderHeadsSomething_OrNotApplicable_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_HeaderThatIsNeitherColumnNorRowHeader_HeadsNothing()
    {
        // Its rows and its column both hold data cells, so the HTML algorithm assigns it to no cell.
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table><tr><th rowspan=\"2\">Route</th><th>Onset</th></tr><tr><td>1 hour</td></tr><tr><td>Nasal</td><td>fast</td></tr></table>"));

        Assert.EndsWith("Route", finding.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HugeSpans_AreSkippedRatherThanModelled() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<table><tr><th colspan=\"1000\">A</th></tr>" + string.Concat(Enumerable.Repeat("<tr><td>x</td></tr>", 30)) + "</table>"));
}
