using CarePages.Core.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>
/// The cultures a request names, in the site's spelling (<c>es-es</c> → <c>es-ES</c>), or a 400 naming the site's cultures
/// when one is not the site's: nothing reads, writes or authorises a culture in a spelling the site does not use.
/// </summary>
internal static class RequestedCultures
{
    /// <summary>
    /// Resolves <paramref name="requested"/>; with <paramref name="bareLanguages"/>, a bare language one of the site's
    /// cultures is a form of (<c>es</c>) is also taken, as glossary and memory pairs may name one. The refusal is written
    /// in <paramref name="uiCulture"/>'s language.
    /// </summary>
    public static async Task<(string[] Cultures, ObjectResult? Problem)> ResolveAsync(
        IContentCultureCatalogue catalogue, IReadOnlyCollection<string?> requested, CancellationToken cancellationToken, bool bareLanguages = false, string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(requested);
        var site = await SiteCultures.LoadAsync(catalogue, cancellationToken).ConfigureAwait(false);
        var resolved = new List<string>(requested.Count);
        foreach (var culture in requested)
        {
            if ((bareLanguages ? site.ResolveLanguage(culture) : site.Resolve(culture)) is not { } spelled)
            {
                return ([], ApiProblem.Create(StatusCodes.Status400BadRequest, "Unknown culture", site.Unknown(culture).In(uiCulture), "UnknownCulture"));
            }

            resolved.Add(spelled);
        }

        return (resolved.ToArray(), null);
    }
}
