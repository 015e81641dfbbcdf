using CarePages.Core.Translation.Workflow;

namespace CarePages.Demo.Translation;

/// <summary>
/// The demo's people, chosen per request with the <c>X-CarePages-User</c> header (the demo has no sign-in): translators
/// limited to their languages, and reviewers who may approve other people's translations.
/// </summary>
public static class DemoUsers
{
    /// <summary>A Spanish translator.</summary>
    public static TranslationActor Ana { get; } = new("ana", "Ana García (translator, es-ES)", ["es-ES"]);

    /// <summary>An Arabic translator.</summary>
    public static TranslationActor Rami { get; } = new("rami", "Rami Haddad (translator, ar)", ["ar"]);

    /// <summary>A French translator.</summary>
    public static TranslationActor Claire { get; } = new("claire", "Claire Martin (translator, fr-FR)", ["fr-FR"]);

    /// <summary>A clinical reviewer for every translated language.</summary>
    public static TranslationActor Lucia { get; } = new("lucia", "Dr Lucía Pérez (reviewer)", ["es-ES", "ar", "fr-FR"], CanReview: true);

    /// <summary>Everyone, by user key.</summary>
    public static IReadOnlyDictionary<string, TranslationActor> ByKey { get; } =
        new[] { Ana, Rami, Claire, Lucia }.ToDictionary(u => u.UserKey, StringComparer.OrdinalIgnoreCase);
}
