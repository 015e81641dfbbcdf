namespace CarePages.Core.Audit;

/// <summary>A stored finding with the document and culture it was found in.</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="DocumentName">The document's name in <paramref name="Culture"/>.</param>
/// <param name="ContentTypeAlias">The document's type.</param>
/// <param name="Culture">The culture.</param>
/// <param name="Version">Draft or published.</param>
/// <param name="NextReviewDue">The page's next review date in that culture, when it records one.</param>
/// <param name="CheckedAt">When the culture was last checked.</param>
/// <param name="Finding">The finding.</param>
public sealed record AuditFindingRow(
    Guid DocumentKey,
    string DocumentName,
    string ContentTypeAlias,
    string Culture,
    AuditedVersion Version,
    DateOnly? NextReviewDue,
    DateTimeOffset CheckedAt,
    AuditFinding Finding);
