using CarePages.Core.Ports;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// The checks every request that writes translations of documents into one culture passes first (an export, a
/// pre-fill): the culture is the site's (in its spelling), the user may update every document in it, and is signed in.
/// </summary>
internal static class TranslatorRequest
{
    /// <summary>The culture in the site's spelling and the signed-in actor, or the refusal to answer with.</summary>
    public static async Task<(string Culture, TranslationActor? Actor, IActionResult? Refusal)> AuthorizeAsync(
        IContentCultureCatalogue cultures, IDocumentAuthorizer authorizer, ITranslationActorAccessor actors,
        IReadOnlyList<Guid> documentKeys, string culture, string uiCulture, CancellationToken cancellationToken)
    {
        var (target, unknown) = await RequestedCultures.ResolveAsync(cultures, [culture], cancellationToken, uiCulture: uiCulture);
        if (unknown is not null)
        {
            return (culture, null, unknown);
        }

        if (await authorizer.AuthorizeAsync(documentKeys, DocumentAccess.Update, target, cancellationToken) is { Succeeded: false } refusal)
        {
            return (target[0], null, OperationStatusProblem.Refused(refusal, uiCulture));
        }

        return await actors.GetCurrentActorAsync(cancellationToken) is { } actor
            ? (target[0], actor, null)
            : (target[0], null, ApiProblem.NotSignedIn());
    }
}
