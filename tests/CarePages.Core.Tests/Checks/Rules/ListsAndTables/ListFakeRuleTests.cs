using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.ListsAndTables;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

public class ListFakeRuleTests
{
    private readonly ListFakeRule _rule = new();

    [Theory]
    [InlineData("en-GB", "<p>- dizziness</p><p>- feeling sick</p><p>- a bitter taste</p>", 3)]
    [InlineData("en-GB", "<p>• dizziness</p><p>• feeling sick</p>", 2)]
    [InlineData("en-GB", "<p>1. We check your blood pressure.</p><p>2. You sit somewhere quiet.</p>", 2)]
    [InlineData("en-GB", "<p>1) Check.</p><p>2) Sit.</p><p>3) Spray.</p>", 3)]
    [InlineData("en-GB", "<p>a) Check.</p><p>b) Sit.</p>", 2)]
    [InlineData("en-GB", "<p>* dizziness<br>* feeling sick<br>* a bitter taste</p>", 3)]
    [InlineData("en-GB", "<p>Side effects:<br>– dizziness<br>– feeling sick</p>", 2)]
    [InlineData("es-ES", "<p>– mareo</p><p>– náuseas</p>", 2)]
    [InlineData("ar", "<p>١. نقيس ضغط الدم.</p><p>٢. تجلس في مكان هادئ.</p>", 2)]
    [InlineData("ar", "<p>أ) دوار</p><p>ب) غثيان</p>", 2)]
    public void Check_TypedMarkersInARow_WarnsOnceWithTheCount(string culture, string html, int count)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html, culture));

        Assert.Equal("list-fake", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.3.1"], finding.Wcag);
        Assert.Contains($"the {count} lines start with", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>- just one dash</p><p>Then a sentence.</p>")]
    [InlineData("<ul><li>dizziness</li><li>feeling sick</li></ul>")]
    [InlineData("<ul><li><p>- dizziness</p><p>- feeling sick</p></li></ul>")]
    [InlineData("<p>-5 degrees</p><p>-3 degrees</p>")]
    [InlineData("<p>2024. A year of change.</p><p>2025. Another year.</p>")]
    [InlineData("<p>Take 1-2 sprays.</p><p>Wait 5 minutes.</p>")]
    public void Check_RealListsAndOrdinaryText_FindNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_MinItemsRaised_NeedsLongerRuns()
    {
        var options = new CheckOptions { Rules = { ["list-fake"] = new CheckRuleSettings { Parameters = { ["minItems"] = "3" } } } };

        Assert.Empty(RuleHarness.RichText(_rule, "<p>- a</p><p>- b</p>", options: options));
        Assert.Single(RuleHarness.RichText(_rule, "<p>- a</p><p>- b</p><p>- c</p>", options: options));
    }

    [Fact]
    public void Check_ArabicUi_MessageInArabic()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p>- a</p><p>- b</p>", uiCulture: "ar"));

        Assert.Contains("وعددها 2", finding.Message, StringComparison.Ordinal);
    }
}
