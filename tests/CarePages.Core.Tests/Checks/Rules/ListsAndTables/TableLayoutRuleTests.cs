using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.ListsAndTables;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

public class TableLayoutRuleTests
{
    private readonly TableLayoutRule _rule = new();

    [Theory]
    [InlineData("<table role=\"presentation\"><tr><td>Left</td><td>Right</td></tr></table>", "marked as a layout table")]
    [InlineData("<table><tr><td><table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table></td><td>Side</td></tr></table>", "contains another table")]
    [InlineData("<table><tr><td><h3>Nasal spray</h3><p>Easy to use.</p></td><td><h3>Injection</h3><p>Exact dose.</p></td></tr></table>", "headings inside its cells")]
    [InlineData("<table><tr><td><p>Important: keep ketamine locked away.</p></td></tr></table>", "only one cell")]
    [InlineData("<table><tr><td><img src=\"spray.jpg\" alt=\"Nasal spray\"></td><td><p>Spray into each nostril.</p><p>Wait five minutes.</p></td></tr></table>", "single row or column")]
    [InlineData("<table><tr><td><ul><li>a</li></ul></td></tr><tr><td><ul><li>b</li></ul></td></tr></table>", "single row or column")]
    public void Check_TableUsedForLayout_WarnsSayingWhy(string html, string reason)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("table-layout", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.3.1"], finding.Wcag);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><th>Route</th><th>Onset</th></tr><tr><td>Nasal</td><td>1 hour</td></tr></table>")]
    [InlineData("<table><tr><td><p>Route</p></td><td><p>Onset</p></td></tr><tr><td><p>Nasal</p></td><td><p>1 hour</p></td></tr></table>")]
    [InlineData("<table><caption>Doses</caption><tr><td><ul><li>a</li></ul></td></tr></table>")]
    [InlineData("<table><tr><td>Mon</td><td>Tue</td><td>Wed</td></tr></table>")]
    [InlineData("<table hidden role=\"presentation\"><tr><td>x</td></tr></table>")]
    public void Check_DataTables_FindNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_LayoutTablesInsideALayoutTable_OnlyTheOutermostIsReported()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table role=\"presentation\"><tr><td><table><tr><td>Boxed</td></tr></table></td><td>Side</td></tr></table>"));

        Assert.Contains("marked as a layout table", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WholePage_DoesNotRunBecauseTemplatesOwnTheirMarkup() =>
        Assert.Empty(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><body><table role=\"presentation\"><tr><td>x</td></tr></table></body></html>"));

    [Theory]
    [InlineData("es", "una sola celda")]
    [InlineData("fr", "une seule cellule")]
    [InlineData("de", "einzige Zelle")]
    [InlineData("ar", "خلية واحدة")]
    public void Check_UiLanguage_MessageInThatLanguage(string uiCulture, string expected)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<table><tr><td>Boxed text</td></tr></table>", uiCulture: uiCulture));

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
