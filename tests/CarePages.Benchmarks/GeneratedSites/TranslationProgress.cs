namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>How far the translations of a generated document have come, in <see cref="DocumentPlan.Culture"/>; the other cultures are approved.</summary>
public enum TranslationProgress
{
    /// <summary>Every target culture approved.</summary>
    Approved,

    /// <summary>One culture written and sent for review, not approved yet.</summary>
    InReview,

    /// <summary>One culture exported to a translator, not back yet.</summary>
    InTranslation,
}
