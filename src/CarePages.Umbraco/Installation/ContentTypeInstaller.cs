using CarePages.Core.Schema;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.ContentTypeEditing;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CarePages.Umbraco.Installation;

/// <summary>Creates missing CarePages content types and brings existing ones up to date, matched by key.</summary>
public sealed class ContentTypeInstaller
{
    private const string ItemKind = "content type";
    private readonly IContentTypeService _contentTypeService;
    private readonly IContentTypeEditingService _editingService;

    /// <summary>Creates the installer.</summary>
    public ContentTypeInstaller(IContentTypeService contentTypeService, IContentTypeEditingService editingService)
    {
        _contentTypeService = contentTypeService;
        _editingService = editingService;
    }

    /// <summary>Installs the definitions in order (compositions and elements before the types that use them).</summary>
    public Task<IReadOnlyList<InstallStepResult>> InstallAsync(IEnumerable<ContentTypeDefinition> definitions) =>
        InstallSteps.RunAsync(definitions, InstallAsync);

    private async Task<InstallStepResult> InstallAsync(ContentTypeDefinition definition)
    {
        var existing = await _contentTypeService.GetAsync(definition.Key);
        if (existing is null)
        {
            var created = await _editingService.CreateAsync(ContentTypeModelFactory.CreateModel(definition), Constants.Security.SuperUserKey);
            return Result(definition, created.Status, InstallStepOutcome.Created);
        }

        var updated = await _editingService.UpdateAsync(existing, ContentTypeModelFactory.UpdateModel(definition), Constants.Security.SuperUserKey);
        return Result(definition, updated.Status, InstallStepOutcome.Updated);
    }

    private static InstallStepResult Result(ContentTypeDefinition definition, ContentTypeOperationStatus status, InstallStepOutcome onSuccess) => status switch
    {
        ContentTypeOperationStatus.Success => new(ItemKind, definition.Alias, onSuccess, status.ToString()),
        ContentTypeOperationStatus.DuplicateAlias => new(ItemKind, definition.Alias, InstallStepOutcome.Failed, status.ToString(),
            $"Another content type already uses the alias '{definition.Alias}' with a different key than CarePages' {definition.Key}. " +
            "CarePages did not overwrite it: rename or remove that type, then restart the site."),
        _ => new(ItemKind, definition.Alias, InstallStepOutcome.Failed, status.ToString(),
            $"Umbraco refused to save '{definition.Alias}' ({definition.Key}): {status}."),
    };
}
