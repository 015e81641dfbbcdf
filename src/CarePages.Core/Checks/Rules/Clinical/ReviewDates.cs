using System.Globalization;
using CarePages.Core.Documents;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>Reads the clinical review fields of a document; dates are ISO <c>yyyy-MM-dd</c> strings.</summary>
internal static class ReviewDates
{
    /// <summary>The date in <paramref name="alias"/>, or null when empty or not an ISO date.</summary>
    public static DateOnly? Read(CultureDocument document, string alias) =>
        document.Text(alias) is { } text && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The date as shown in messages.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The review date and the next review due date, when the document records a clinical review.</summary>
    public static (DateOnly? ReviewedOn, DateOnly? NextReviewDue) Of(CultureDocument document) =>
        ClinicalDocuments.HasClinicalReview(document)
            ? (Read(document, ClinicalReviewComposition.ReviewedOn), Read(document, ClinicalReviewComposition.NextReviewDue))
            : (null, null);
}
