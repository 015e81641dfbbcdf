using CarePages.Core.Ports;
using CarePages.Core.Translation.Glossary;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>The language pair a memory or glossary request names, or the 400 or 403 that refuses it.</summary>
internal static class RequestedLanguagePair
{
    /// <summary>Both languages in the site's spelling (a bare language of a site culture too), then the user's right to read them.</summary>
    public static async Task<(LanguagePair Pair, IActionResult? Refusal)> ResolveAsync(
        IContentCultureCatalogue cultures, IDocumentAuthorizer authorizer, string sourceCulture, string source, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        var (resolved, unknown) = await RequestedCultures.ResolveAsync(cultures, [source, target], cancellationToken, bareLanguages: true).ConfigureAwait(false);
        if (unknown is not null)
        {
            return (null!, unknown);
        }

        var pair = new LanguagePair(resolved[0], resolved[1]);
        return await authorizer.AuthorizeLanguagePairAsync(pair.SourceCulture, pair.TargetCulture, sourceCulture, cancellationToken).ConfigureAwait(false) is { Succeeded: false } refusal
            ? (pair, OperationStatusProblem.Refused(refusal))
            : (pair, null);
    }
}
