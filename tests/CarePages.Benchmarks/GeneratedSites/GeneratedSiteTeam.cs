using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// Who the generated site's translations are recorded as written and approved by: the sample clinic's team
/// (<see cref="SampleClinicTeam"/>) for es-ES and ar, as the demo seeds them, three more translators for fr-FR, de-DE and
/// pl-PL, and the sample's reviewer for every target culture.
/// </summary>
public static class GeneratedSiteTeam
{
    /// <summary>The clinical reviewer: the sample's, for every target culture.</summary>
    public static TranslationActor Reviewer { get; } = SampleClinicTeam.Reviewer with { Cultures = [.. GeneratedSite.TargetCultures] };

    /// <summary>The translators, by culture.</summary>
    public static IReadOnlyDictionary<string, TranslationActor> Translators { get; } = new Dictionary<string, TranslationActor>(SampleClinicTeam.Translators, StringComparer.OrdinalIgnoreCase)
    {
        ["fr-FR"] = new("carepages-generated-translator-fr", "Claire Martin (translator)", ["fr-FR"]),
        ["de-DE"] = new("carepages-generated-translator-de", "Jonas Weber (translator)", ["de-DE"]),
        ["pl-PL"] = new("carepages-generated-translator-pl", "Zofia Nowak (translator)", ["pl-PL"]),
    };
}
