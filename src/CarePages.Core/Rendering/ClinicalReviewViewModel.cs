namespace CarePages.Core.Rendering;

/// <summary>Who reviewed the page and when, with dates written for the page's culture.</summary>
public sealed record ClinicalReviewViewModel
{
    /// <summary>Name and role of the reviewing clinician.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>
    /// The language <see cref="ReviewedBy"/> is written in (the source culture: the field is the same in every language)
    /// when that is not the page's, so the page can mark and isolate it; null when it is the page's language.
    /// </summary>
    public string? ReviewedByLang { get; init; }

    /// <summary>Review date for people, e.g. "4 de marzo de 2025".</summary>
    public string? ReviewedOn { get; init; }

    /// <summary>Review date for machines (yyyy-MM-dd), for <c>&lt;time datetime&gt;</c>.</summary>
    public string? ReviewedOnIso { get; init; }

    /// <summary>Next review date for people.</summary>
    public string? NextReviewDue { get; init; }

    /// <summary>Next review date for machines (yyyy-MM-dd).</summary>
    public string? NextReviewDueIso { get; init; }
}
