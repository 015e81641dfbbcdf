using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class ReviewOverdueRuleTests
{
    private static readonly CheckRequest OnDay = new() { Culture = "en-GB", Today = new DateOnly(2026, 11, 25) };
    private readonly ReviewOverdueRule _rule = new();

    [Fact]
    public void Check_NextReviewDueBeforeToday_Blocks()
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Condition(reviewedOn: "2025-09-14", nextReviewDue: "2026-11-24"), OnDay));

        Assert.Equal("review-overdue", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("nextReviewDue", finding.Property);
        Assert.Contains("2026-11-24", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("2027-09-14")]
    public void Check_NextReviewDueTodayOrLater_FindsNothing(string due) =>
        Assert.Empty(RuleHarness.Document(_rule, Condition(nextReviewDue: due), OnDay));

    [Fact]
    public void Check_ReviewedInTheFuture_Blocks()
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Condition(reviewedOn: "2026-12-01", nextReviewDue: "2027-12-01"), OnDay));

        Assert.Equal("reviewedOn", finding.Property);
        Assert.Contains("in the future", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NextReviewBeforeLastReview_Blocks()
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Condition(reviewedOn: "2026-09-14", nextReviewDue: "2026-09-01"), OnDay));

        Assert.Equal("nextReviewDue", finding.Property);
        Assert.Contains("before the last review", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingDates_LeavesThemToReviewMissing() =>
        Assert.Empty(RuleHarness.Document(_rule, Condition(null, null, null), OnDay));

    [Fact]
    public void Check_FrenchUi_MessageInFrench() =>
        Assert.Contains("relecture clinique", Assert.Single(RuleHarness.Document(_rule, Condition(reviewedOn: "2025-01-01", nextReviewDue: "2026-01-01"), OnDay with { UiCulture = "fr" })).Message, StringComparison.Ordinal);
}
