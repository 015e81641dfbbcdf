namespace CarePages.Core.Audit;

/// <summary>A page in one culture whose clinical review is overdue or due within the <c>review-due-soon</c> window.</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="DocumentName">Its name in <paramref name="Culture"/>.</param>
/// <param name="ContentTypeAlias">Its document type.</param>
/// <param name="Culture">The culture.</param>
/// <param name="ReviewedOn">The last review date, when recorded.</param>
/// <param name="NextReviewDue">The next review due date.</param>
/// <param name="State">Overdue or due soon.</param>
/// <param name="DaysLeft">Days until the due date (negative: days overdue).</param>
public sealed record ReviewPlanEntry(Guid DocumentKey, string DocumentName, string ContentTypeAlias, string Culture, DateOnly? ReviewedOn, DateOnly NextReviewDue, ReviewDueState State, int DaysLeft);
