using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Headings;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Headings;

public class HeadingLevelSkippedRuleTests
{
    private readonly HeadingLevelSkippedRule _rule = new();

    [Fact]
    public void Check_FirstHeadingTwoBelowTheSectionHeading_BlocksWithFirstVariant()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<h4>Your first visit</h4><p>You meet a pain specialist.</p>"));

        Assert.Equal("heading-level-skipped", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["1.3.1"], finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.StartsWith("<h4>", finding.Snippet, StringComparison.Ordinal);
        Assert.Equal(
            "Screen-reader users may think they missed a section: this field starts with a level 4 heading, but the section heading above it is level 2.",
            finding.Message);
        Assert.Contains("level 3", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LaterHeadingSkipsALevel_ReportsItWithThePreviousLevel()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<h3>Before</h3><p>x</p><h5>Detail</h5><h3>After</h3><h4>Fine</h4>"));

        Assert.StartsWith("<h5>", finding.Snippet, StringComparison.Ordinal);
        Assert.Contains("level 5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("level 3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("level 4", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h3>A</h3><h4>B</h4><h3>C</h3><h2>D</h2><h3>E</h3>")]
    [InlineData("<h2>A</h2><h3>B</h3>")]
    [InlineData("<p>No headings at all.</p>")]
    [InlineData("<h3>A</h3><h5 hidden>Hidden</h5><h4>B</h4>")]
    [InlineData("<h3>A</h3><div role=\"heading\" aria-level=\"4\">B</div>")]
    public void Check_HeadingsGoingDownOneLevelAtATime_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_TemplateUsesH3SectionHeadings_AllowsH4First()
    {
        var options = new CheckOptions { FieldSectionHeadingLevel = 3 };

        Assert.Empty(RuleHarness.RichText(_rule, "<h4>Detail</h4>", options: options));
    }

    [Fact]
    public void Check_WholePage_DoesNotRun() =>
        Assert.Empty(RuleHarness.Page(_rule, "<html lang=\"en\"><body><h1>T</h1><h4>Skip</h4></body></html>"));

    [Theory]
    [InlineData("es", "pueden pensar que se han perdido una sección")]
    [InlineData("de", "vermutet womöglich einen verpassten Abschnitt")]
    public void Check_UiLanguage_MessageInThatLanguage(string uiCulture, string expected)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<h3>A</h3><h5>B</h5>", uiCulture: uiCulture));

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
