using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Documents;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Translation;

/// <summary>
/// Drafts in an Umbraco site: read from the content's saved values, written with <see cref="IContentEditingService.UpdateAsync"/>
/// as the user who imported, so Umbraco validates and versions the save. Nothing is published.
/// </summary>
public sealed class UmbracoDraftContentStore : IDraftContentStore
{
    private readonly IContentEditingService _contentEditingService;
    private readonly IIdKeyMap _idKeyMap;
    private readonly IContentService _contentService;
    private readonly IContentTypeService _contentTypeService;
    private readonly ICoreScopeProvider _scopeProvider;

    /// <summary>Creates the store.</summary>
    public UmbracoDraftContentStore(IContentEditingService contentEditingService, IIdKeyMap idKeyMap, IContentService contentService, IContentTypeService contentTypeService, ICoreScopeProvider scopeProvider)
    {
        _scopeProvider = scopeProvider;
        _contentEditingService = contentEditingService;
        _idKeyMap = idKeyMap;
        _contentService = contentService;
        _contentTypeService = contentTypeService;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Guid>>(CarePagesContentList.All(_contentService, _contentTypeService, cancellationToken).Select(c => c.Key).ToArray());

    /// <inheritdoc />
    public async Task<MultiCultureDocument?> GetDraftAsync(Guid key, CancellationToken cancellationToken = default) =>
        await _contentEditingService.GetAsync(key).ConfigureAwait(false) is { } content ? MultiCultureDocumentReader.Read(content) : null;

    /// <inheritdoc />
    /// <remarks>
    /// The draft is read, compared with <paramref name="expectedVersion"/> and updated in one scope holding Umbraco's
    /// content-tree write lock (the lock Umbraco's own content saves take), so on a load-balanced site too a save from
    /// the backoffice or another import waits and is then seen, never overwritten. Umbraco saves a value that breaks a
    /// mandatory or pattern rule and still succeeds (status <c>PropertyValidationError</c>): that is a saved draft, and
    /// the rule each value broke is returned for the report.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Umbraco refused the save (the message says why); nothing was saved.</exception>
    public async Task<DraftSaveResult> SaveDraftAsync(MultiCultureDocument document, string culture, UserReference savedBy, string expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(savedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        var userKey = Guid.TryParse(savedBy.UserKey, out var key) ? key : throw new ArgumentException($"\"{savedBy.UserKey}\" is not an Umbraco user key.", nameof(savedBy));
        using var scope = _scopeProvider.CreateCoreScope();
        scope.WriteLock(Constants.Locks.ContentTree);
        var content = await _contentEditingService.GetAsync(document.Id).ConfigureAwait(false);
        if (content is null || MultiCultureDocumentReader.Read(content) is not { } current)
        {
            return DraftSaveResult.NotFound;
        }

        if (DraftVersion.Of(current) != expectedVersion)
        {
            return DraftSaveResult.Conflict;
        }

        var model = new ContentUpdateModel
        {
            // The update replaces the template too: keep the one the content has.
            TemplateKey = content.TemplateId is { } templateId && _idKeyMap.GetKeyForId(templateId, UmbracoObjectTypes.Template) is { Success: true } template ? template.Result : null,
            Properties = EditingValues.Properties(document),
            Variants = EditingValues.Variants(document),
        };
        var attempt = await _contentEditingService.UpdateAsync(document.Id, model, userKey).ConfigureAwait(false);
        if (!attempt.Success)
        {
            throw new InvalidOperationException($"Umbraco refused to save the {culture} draft of document {document.Id}: {attempt.Status}.");
        }

        var saved = MultiCultureDocumentReader.Read((await _contentEditingService.GetAsync(document.Id).ConfigureAwait(false))!)!;
        scope.Complete();
        return DraftSaveResult.Saved(DraftVersion.Of(saved), ContentValidationIssues.Of(attempt.Result.ValidationResult));
    }
}
