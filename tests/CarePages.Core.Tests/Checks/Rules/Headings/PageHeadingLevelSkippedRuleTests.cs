using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Headings;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Headings;

public class PageHeadingLevelSkippedRuleTests
{
    private readonly PageHeadingLevelSkippedRule _rule = new();

    [Fact]
    public void Check_SkipAfterThePageH1_WarnsAtPageLevel()
    {
        var finding = Assert.Single(RuleHarness.Page(_rule, Page("<h1>Intranasal ketamine</h1><h2>How it works</h2><h4>Dose</h4>")));

        Assert.Equal("page-heading-level-skipped", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Null(finding.Property);
        Assert.StartsWith("<h4>", finding.Snippet, StringComparison.Ordinal);
        Assert.Contains("level 4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HeadingsBeforeTheH1_AreNotCounted() =>
        Assert.Empty(RuleHarness.Page(_rule, Page("<header><h4>Clinic name</h4></header><main><h1>Title</h1><h2>Section</h2><h3>Part</h3></main>")));

    [Fact]
    public void Check_PageWithoutH1_CountsFromItsFirstHeading()
    {
        var finding = Assert.Single(RuleHarness.Page(_rule, Page("<h2>Section</h2><h3>Part</h3><h5>Detail</h5>")));

        Assert.StartsWith("<h5>", finding.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RichTextField_DoesNotRun() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<h2>A</h2><h5>B</h5>"));

    private static string Page(string body) => "<!DOCTYPE html><html lang=\"en-GB\"><head><title>T</title></head><body>" + body + "</body></html>";
}
