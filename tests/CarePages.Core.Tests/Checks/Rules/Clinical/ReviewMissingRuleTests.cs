using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class ReviewMissingRuleTests
{
    private readonly ReviewMissingRule _rule = new();

    [Theory]
    [InlineData("reviewedBy", "which clinician")]
    [InlineData("reviewedOn", "last clinical review")]
    [InlineData("nextReviewDue", "next clinical review")]
    public void Check_EmptyReviewField_BlocksThatProperty(string alias, string message)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Condition().With(TextField(alias, " "))));

        Assert.Equal("review-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(alias, finding.Property);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoReviewAtAll_BlocksEachField() =>
        Assert.Equal(["nextReviewDue", "reviewedBy", "reviewedOn"], RuleHarness.Document(_rule, Condition(null, null, null)).Select(f => f.Property).Order());

    [Fact]
    public void Check_DateThatCannotBeRead_Blocks() =>
        Assert.Contains("14/09/2026", Assert.Single(RuleHarness.Document(_rule, Condition(reviewedOn: "14/09/2026"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_EveryClinicalType_IsChecked()
    {
        Assert.Single(RuleHarness.Document(_rule, Route().With(TextField(ClinicalReviewComposition.ReviewedBy, null))));
        Assert.Single(RuleHarness.Document(_rule, Overview(Callout()).With(TextField(ClinicalReviewComposition.ReviewedBy, null))));
    }

    [Fact]
    public void Check_CompleteReview_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(_rule, Condition()));

    [Fact]
    public void Check_TypeWithoutClinicalReview_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(_rule, Condition(null, null, null) with { ContentTypeAlias = "carePagesNewsItem" }));
}
