using CarePages.Core.Translation.Workflow;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Translation;

/// <summary>
/// Turns an Umbraco user into a translation actor: their languages are the union of their groups' allowed languages
/// (all languages when any group has access to all), and they review when a group may publish documents.
/// </summary>
public static class UmbracoTranslationActors
{
    /// <summary>The actor for <paramref name="user"/>.</summary>
    public static async Task<TranslationActor> FromUserAsync(IUser user, ILanguageService languageService)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(languageService);
        var groups = user.Groups.ToArray();
        var cultures = groups.Any(g => g.HasAccessToAllLanguages)
            ? (await languageService.GetAllAsync().ConfigureAwait(false)).Select(l => l.IsoCode).ToArray()
            : await languageService.GetIsoCodesByIdsAsync(groups.SelectMany(g => g.AllowedLanguages).Distinct().ToArray()).ConfigureAwait(false);
        var canReview = groups.Any(g => g.Permissions.Contains(ActionPublish.ActionLetter));
        var reference = ReferenceOf(user);
        return new TranslationActor(reference.UserKey, reference.DisplayName, cultures, canReview);
    }

    /// <summary>The user as recorded in states and the audit trail; <see cref="System"/> when nobody is signed in.</summary>
    public static UserReference ReferenceOf(IUser? user) =>
        user is null ? System.Reference : new UserReference(user.Key.ToString("D"), user.Name ?? user.Username);

    /// <summary>Who made a change when no user is signed in (scheduled publishing, background jobs).</summary>
    public static TranslationActor System { get; } = new("system", "Umbraco (scheduled or background)", []);
}
