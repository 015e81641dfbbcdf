using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class ReviewDueSoonRuleTests
{
    private static readonly CheckRequest OnDay = new() { Culture = "en-GB", Today = new DateOnly(2026, 11, 25) };
    private readonly ReviewDueSoonRule _rule = new();

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("2026-12-25")]
    public void Check_DueWithinThirtyDays_Warns(string due)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Condition(nextReviewDue: due), OnDay));

        Assert.Equal("review-due-soon", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal("nextReviewDue", finding.Property);
        Assert.Contains(due, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-26")]
    [InlineData("2026-11-24")]
    public void Check_DueLaterOrAlreadyOverdue_FindsNothing(string due) =>
        Assert.Empty(RuleHarness.Document(_rule, Condition(nextReviewDue: due), OnDay));

    [Fact]
    public void Check_WarnDaysSetting_IsUsed()
    {
        var options = new CheckOptions { Rules = { ["review-due-soon"] = new CheckRuleSettings { Parameters = { ["warnDays"] = "60" } } } };

        Assert.Single(RuleHarness.Document(_rule, Condition(nextReviewDue: "2027-01-20"), OnDay, options));
    }
}
