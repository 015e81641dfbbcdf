using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>Warns when a clinical page's next review is due within <c>warnDays</c> days, so it can be booked in time.</summary>
public sealed class ReviewDueSoonRule : IDocumentRule
{
    private const string WarnDays = "warnDays";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "review-due-soon",
        DefaultSeverity = FindingSeverity.Warn,
        Parameters = [new(WarnDays, "30", "How many days before the next review date editors are warned.")],
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        if (ReviewDates.Of(context.Document).NextReviewDue is not { } due)
        {
            return;
        }

        var days = due.DayNumber - context.Today.DayNumber;
        if (days >= 0 && days <= findings.Parameters.GetInt(WarnDays))
        {
            findings.Report(ReviewDates.Format(due), arguments: new Dictionary<string, string>
            {
                ["due"] = ReviewDates.Format(due),
            }, property: ClinicalReviewComposition.NextReviewDue);
        }
    }
}
