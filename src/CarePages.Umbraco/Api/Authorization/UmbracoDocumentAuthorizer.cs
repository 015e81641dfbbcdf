using CarePages.Core.Translation.Glossary;
using Microsoft.AspNetCore.Http;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.AuthorizationStatus;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Api.Authorization;

/// <summary>
/// The backoffice user's rights, asked of Umbraco as its own Management API asks them: <see cref="IContentPermissionService"/>
/// for the document permission (Read, Update, Publish) within the user's start nodes and for the user's languages. The user
/// is the one whose key the request's token carries.
/// </summary>
public sealed class UmbracoDocumentAuthorizer(
    IContentPermissionService permissions,
    IUserService users,
    ILanguageService languages,
    IHttpContextAccessor httpContextAccessor) : IDocumentAuthorizer
{
    /// <inheritdoc />
    public async Task<DocumentAuthorization> AuthorizeAsync(IReadOnlyCollection<Guid> documentKeys, DocumentAccess access, IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        ArgumentNullException.ThrowIfNull(cultures);
        if (await CurrentUserAsync().ConfigureAwait(false) is not { } user)
        {
            return DocumentAuthorization.NotSignedIn;
        }

        var permission = PermissionOf(access);
        foreach (var key in documentKeys.Distinct())
        {
            var status = StatusOf(await permissions.AuthorizeAccessAsync(user, key, permission).ConfigureAwait(false));
            if (status != DocumentAuthorizationStatus.Success)
            {
                return DocumentAuthorization.DocumentRefused(status, key, access);
            }
        }

        foreach (var culture in cultures.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!await MayAccessCultureAsync(user, culture).ConfigureAwait(false))
            {
                return DocumentAuthorization.CultureRefused(culture);
            }
        }

        return DocumentAuthorization.Allowed;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<Guid>> FilterDocumentsAsync(IReadOnlyCollection<Guid> documentKeys, DocumentAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        if (documentKeys.Count == 0 || await CurrentUserAsync().ConfigureAwait(false) is not { } user)
        {
            return new HashSet<Guid>();
        }

        var allowed = await permissions.FilterAuthorizedAccessAsync(user, documentKeys, new HashSet<string> { PermissionOf(access) }).ConfigureAwait(false);
        return allowed.ToHashSet();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> FilterCulturesAsync(IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        if (await CurrentUserAsync().ConfigureAwait(false) is not { } user)
        {
            return [];
        }

        var allowed = new List<string>();
        foreach (var culture in cultures)
        {
            if (await MayAccessCultureAsync(user, culture).ConfigureAwait(false))
            {
                allowed.Add(culture);
            }
        }

        return allowed;
    }

    /// <inheritdoc />
    public async Task<DocumentAuthorization> AuthorizeLanguageAsync(string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (await CurrentUserAsync().ConfigureAwait(false) is not { } user)
        {
            return DocumentAuthorization.NotSignedIn;
        }

        if (await MayAccessCultureAsync(user, culture).ConfigureAwait(false))
        {
            return DocumentAuthorization.Allowed;
        }

        // A bare language is no Umbraco language: it is the user's when one of the site's cultures of it is.
        if (Core.Text.CultureNames.IsBareLanguage(culture))
        {
            foreach (var language in await languages.GetAllAsync().ConfigureAwait(false))
            {
                if (LanguagePair.CultureCovers(culture, language.IsoCode) && await MayAccessCultureAsync(user, language.IsoCode).ConfigureAwait(false))
                {
                    return DocumentAuthorization.Allowed;
                }
            }
        }

        return DocumentAuthorization.CultureRefused(culture);
    }

    /// <summary>The Umbraco permission (action letter) that <paramref name="access"/> needs.</summary>
    internal static string PermissionOf(DocumentAccess access) => access switch
    {
        DocumentAccess.Read => ActionBrowse.ActionLetter,
        DocumentAccess.Update => ActionUpdate.ActionLetter,
        DocumentAccess.Publish => ActionPublish.ActionLetter,
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, "Unknown document access."),
    };

    /// <summary>
    /// Umbraco's answer as ours. A document Umbraco does not find is not refused, as Umbraco's own content authorizer
    /// does not refuse it: the endpoint answers 404. Any status not known here refuses.
    /// </summary>
    internal static DocumentAuthorizationStatus StatusOf(ContentAuthorizationStatus status) => status switch
    {
        ContentAuthorizationStatus.Success or ContentAuthorizationStatus.NotFound => DocumentAuthorizationStatus.Success,
        ContentAuthorizationStatus.UnauthorizedMissingPathAccess
            or ContentAuthorizationStatus.UnauthorizedMissingRootAccess
            or ContentAuthorizationStatus.UnauthorizedMissingBinAccess
            or ContentAuthorizationStatus.UnauthorizedMissingDescendantAccess => DocumentAuthorizationStatus.NodeNotAllowed,
        ContentAuthorizationStatus.UnauthorizedMissingCulture => DocumentAuthorizationStatus.CultureNotAllowed,
        _ => DocumentAuthorizationStatus.PermissionDenied,
    };

    private async Task<bool> MayAccessCultureAsync(IUser user, string culture) =>
        await permissions.AuthorizeCultureAccessAsync(user, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { culture }).ConfigureAwait(false)
            == ContentAuthorizationStatus.Success;

    private async Task<IUser?> CurrentUserAsync()
    {
        var identity = httpContextAccessor.HttpContext?.User.Identity;
        return identity is { IsAuthenticated: true } && identity.GetUserKey() is { } key
            ? await users.GetAsync(key).ConfigureAwait(false)
            : null;
    }
}
