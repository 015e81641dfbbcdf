using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A clinical page must not be published past its next review date: patients would read advice nobody has checked
/// for too long. Also blocks review dates that cannot be right: a review recorded in the future, or a next review
/// due before the last review (reported instead of "overdue", since one of the two dates is then wrong).
/// </summary>
public sealed class ReviewOverdueRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "review-overdue",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var (reviewedOn, nextReviewDue) = ReviewDates.Of(context.Document);
        if (reviewedOn is { } reviewed && reviewed > context.Today)
        {
            findings.Report(ReviewDates.Format(reviewed), variant: "reviewed-in-future", arguments: Dates(null, reviewed), property: ClinicalReviewComposition.ReviewedOn);
        }

        if (nextReviewDue is not { } due)
        {
            return;
        }

        if (reviewedOn is { } last && due < last)
        {
            findings.Report(ReviewDates.Format(due), variant: "due-before-review", arguments: Dates(due, last), property: ClinicalReviewComposition.NextReviewDue);
        }
        else if (due < context.Today)
        {
            findings.Report(ReviewDates.Format(due), arguments: Dates(due, null), property: ClinicalReviewComposition.NextReviewDue);
        }
    }

    private static Dictionary<string, string> Dates(DateOnly? due, DateOnly? date) => new()
    {
        ["due"] = due is { } d ? ReviewDates.Format(d) : string.Empty,
        ["date"] = date is { } r ? ReviewDates.Format(r) : string.Empty,
    };
}
