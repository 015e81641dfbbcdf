using CarePages.Core.Schema;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Registers template records for the views the package ships precompiled. The records are marked as
/// already on disk, so Umbraco does not write a physical view that would shadow the package's own.
/// </summary>
public sealed class TemplateInstaller
{
    private const string ItemKind = "template";
    private readonly ITemplateService _templateService;
    private readonly IShortStringHelper _shortStringHelper;

    /// <summary>Creates the installer.</summary>
    public TemplateInstaller(ITemplateService templateService, IShortStringHelper shortStringHelper)
    {
        _templateService = templateService;
        _shortStringHelper = shortStringHelper;
    }

    /// <summary>Creates each template that is missing (matched by key, then alias).</summary>
    public Task<IReadOnlyList<InstallStepResult>> InstallAsync(IEnumerable<TemplateDefinition> templates) =>
        InstallSteps.RunAsync(templates, InstallAsync);

    private async Task<InstallStepResult> InstallAsync(TemplateDefinition definition)
    {
        if (await _templateService.GetAsync(definition.Key) is not null)
        {
            return new(ItemKind, definition.Alias, InstallStepOutcome.Unchanged);
        }

        if (await _templateService.GetAsync(definition.Alias) is { } clash)
        {
            return new(ItemKind, definition.Alias, InstallStepOutcome.Failed, "DuplicateAlias",
                $"A template with the alias '{definition.Alias}' already exists with key {clash.Key}, not CarePages' {definition.Key}. " +
                "CarePages did not overwrite it: remove it (the package ships the view) and restart the site.");
        }

        var template = new TemplateOnDisk(_shortStringHelper, definition.Name, definition.Alias) { Key = definition.Key };
        var attempt = await _templateService.CreateAsync(template, Constants.Security.SuperUserKey);
        return attempt.Status == TemplateOperationStatus.Success
            ? new(ItemKind, definition.Alias, InstallStepOutcome.Created, attempt.Status.ToString())
            : new(ItemKind, definition.Alias, InstallStepOutcome.Failed, attempt.Status.ToString(),
                $"Umbraco refused to create template '{definition.Alias}': {attempt.Status}.");
    }
}
