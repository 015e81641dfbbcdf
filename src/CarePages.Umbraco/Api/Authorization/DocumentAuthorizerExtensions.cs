using CarePages.Core.Translation.Glossary;

namespace CarePages.Umbraco.Api.Authorization;

/// <summary>Shorthands of <see cref="IDocumentAuthorizer"/> for one document.</summary>
public static class DocumentAuthorizerExtensions
{
    /// <summary>Authorises <paramref name="access"/> on one document and, when given, access to <paramref name="culture"/>.</summary>
    public static Task<DocumentAuthorization> AuthorizeAsync(this IDocumentAuthorizer authorizer, Guid documentKey, DocumentAccess access, string? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        return authorizer.AuthorizeAsync([documentKey], access, culture is null ? [] : [culture], cancellationToken);
    }

    /// <summary>
    /// The ones of <paramref name="cultures"/> whose content the user may read in a document they may read: the source
    /// culture, which every translator translates from, and the user's languages (every culture for a user with access to
    /// all languages). A translator does not read the drafts, checks or audit of other translators' languages.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FilterReadableCulturesAsync(this IDocumentAuthorizer authorizer, IReadOnlyCollection<string> cultures, string sourceCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        ArgumentNullException.ThrowIfNull(cultures);
        var languages = (await authorizer.FilterCulturesAsync(cultures, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return cultures.Where(c => string.Equals(c, sourceCulture, StringComparison.OrdinalIgnoreCase) || languages.Contains(c)).ToArray();
    }

    /// <summary>
    /// Authorises reading a language pair (translation memory, glossary): the target must be one of the user's languages
    /// (or the bare language of one), the source the site's source language or also one of the user's.
    /// </summary>
    public static async Task<DocumentAuthorization> AuthorizeLanguagePairAsync(this IDocumentAuthorizer authorizer, string source, string target, string sourceCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        ArgumentNullException.ThrowIfNull(source);
        var targetRight = await authorizer.AuthorizeLanguageAsync(target, cancellationToken).ConfigureAwait(false);
        return !targetRight.Succeeded || LanguagePair.CultureCovers(source, sourceCulture)
            ? targetRight
            : await authorizer.AuthorizeLanguageAsync(source, cancellationToken).ConfigureAwait(false);
    }
}
