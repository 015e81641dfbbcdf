namespace CarePages.Core.Audit;

/// <summary>A page's next clinical review in one culture.</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="DocumentName">Its name in <paramref name="Culture"/>.</param>
/// <param name="ContentTypeAlias">Its document type.</param>
/// <param name="Culture">The culture.</param>
/// <param name="ReviewedOn">The last review date, when recorded.</param>
/// <param name="NextReviewDue">The next review due date.</param>
public sealed record AuditReviewDate(Guid DocumentKey, string DocumentName, string ContentTypeAlias, string Culture, DateOnly? ReviewedOn, DateOnly NextReviewDue);
