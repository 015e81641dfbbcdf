using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.SampleContent;

/// <summary>
/// The people the sample clinic's Spanish and Arabic pages are recorded as translated and approved by, so a site that
/// imports the sample sees reviewed translations (and an audit trail naming who reviewed them), not untranslated fields.
/// Their keys are not user keys of any site: they only name the sample's authors in the trail.
/// </summary>
public static class SampleClinicTeam
{
    /// <summary>The clinical reviewer who approved every sample translation.</summary>
    public static TranslationActor Reviewer { get; } = new("carepages-sample-reviewer", "Dr Lucía Pérez (clinical reviewer)", ["es-ES", "ar"], CanReview: true);

    /// <summary>The translators of the sample, by culture.</summary>
    public static IReadOnlyDictionary<string, TranslationActor> Translators { get; } = new Dictionary<string, TranslationActor>(StringComparer.OrdinalIgnoreCase)
    {
        ["es-ES"] = new("carepages-sample-translator-es", "Ana García (translator)", ["es-ES"]),
        ["ar"] = new("carepages-sample-translator-ar", "Rami Haddad (translator)", ["ar"]),
    };
}
