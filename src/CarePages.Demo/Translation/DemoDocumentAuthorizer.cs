using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Translation;

namespace CarePages.Demo.Translation;

/// <summary>
/// The demo users' rights, standing in for Umbraco's permissions: everyone may read every document; everyone has
/// Update on every document but may change only their languages; only reviewers have Publish, on their languages.
/// </summary>
public sealed class DemoDocumentAuthorizer(ITranslationActorAccessor actors) : IDocumentAuthorizer
{
    /// <inheritdoc />
    public async Task<DocumentAuthorization> AuthorizeAsync(IReadOnlyCollection<Guid> documentKeys, DocumentAccess access, IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        ArgumentNullException.ThrowIfNull(cultures);
        if (await actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return DocumentAuthorization.NotSignedIn;
        }

        if (!Has(actor, access) && documentKeys.Count > 0)
        {
            return DocumentAuthorization.DocumentRefused(DocumentAuthorizationStatus.PermissionDenied, documentKeys.First(), access);
        }

        return cultures.FirstOrDefault(c => !actor.MayWorkOn(c)) is { } refused
            ? DocumentAuthorization.CultureRefused(refused)
            : DocumentAuthorization.Allowed;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<Guid>> FilterDocumentsAsync(IReadOnlyCollection<Guid> documentKeys, DocumentAccess access, CancellationToken cancellationToken = default) =>
        await actors.GetCurrentActorAsync(cancellationToken) is { } actor && Has(actor, access) ? documentKeys.ToHashSet() : new HashSet<Guid>();

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> FilterCulturesAsync(IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default) =>
        await actors.GetCurrentActorAsync(cancellationToken) is { } actor ? cultures.Where(actor.MayWorkOn).ToArray() : [];

    /// <inheritdoc />
    public async Task<DocumentAuthorization> AuthorizeLanguageAsync(string culture, CancellationToken cancellationToken = default) =>
        await actors.GetCurrentActorAsync(cancellationToken) switch
        {
            null => DocumentAuthorization.NotSignedIn,
            var actor when actor.Cultures.Any(c => LanguagePair.CultureCovers(culture, c)) => DocumentAuthorization.Allowed,
            _ => DocumentAuthorization.CultureRefused(culture),
        };

    // The demo's document permissions: Read and Update for everyone, Publish for reviewers.
    private static bool Has(TranslationActor actor, DocumentAccess access) => access != DocumentAccess.Publish || actor.CanReview;
}
