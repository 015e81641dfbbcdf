using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// Clinical pages (treatment overview, treatment route, condition) must record who reviewed them, when, and when they
/// are due again. Reports each empty field, and a date that cannot be read as one.
/// </summary>
public sealed class ReviewMissingRule : IDocumentRule
{
    private static readonly string[] Fields = [ClinicalReviewComposition.ReviewedBy, ClinicalReviewComposition.ReviewedOn, ClinicalReviewComposition.NextReviewDue];

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "review-missing",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var document = context.Document;
        if (!ClinicalDocuments.HasClinicalReview(document))
        {
            return;
        }

        foreach (var alias in Fields)
        {
            var text = document.Text(alias);
            if (string.IsNullOrWhiteSpace(text))
            {
                findings.Report(string.Empty, variant: alias, property: alias);
            }
            else if (alias != ClinicalReviewComposition.ReviewedBy && ReviewDates.Read(document, alias) is null)
            {
                findings.Report(text, variant: "unreadable", arguments: new Dictionary<string, string> { ["value"] = text }, property: alias);
            }
        }
    }
}
