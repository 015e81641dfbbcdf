using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Translation;

/// <summary>Who is working on translations in the current request: the backoffice user in a site, the chosen demo user in the demo.</summary>
public interface ITranslationActorAccessor
{
    /// <summary>The current user as a translation actor (languages, reviewer or not), or null when nobody is signed in.</summary>
    Task<TranslationActor?> GetCurrentActorAsync(CancellationToken cancellationToken = default);
}
