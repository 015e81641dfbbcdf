using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Api;

/// <summary>The signed-in user as the client sees them.</summary>
/// <param name="Key">The user's key.</param>
/// <param name="Name">The user's name.</param>
/// <param name="Cultures">The cultures the user may translate (and, as a reviewer, approve).</param>
/// <param name="CanReview">True when the user may approve other people's translations.</param>
public sealed record ContextUser(string Key, string Name, IReadOnlyList<string> Cultures, bool CanReview)
{
    /// <summary>The user of a translation actor.</summary>
    public static ContextUser Of(TranslationActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ContextUser(actor.UserKey, actor.DisplayName, actor.Cultures.ToArray(), actor.CanReview);
    }
}
