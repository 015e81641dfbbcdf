using CarePages.Core.Schema;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Persistence.Repositories;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Registers template records for the views the package ships precompiled, without ever writing a view file.
/// <c>ITemplateService.CreateAsync</c> cannot do that: it first assigns the template's content from disk, which turns a
/// <see cref="TemplateOnDisk"/> into an ordinary template, and outside Production mode Umbraco's template repository
/// then writes its default view to <c>Views/{alias}.cshtml</c>, shadowing the package's compiled view. So the record is
/// saved through <see cref="ITemplateRepository"/> in a scope, as a <see cref="TemplateOnDisk"/> that stays on disk.
/// </summary>
public sealed class TemplateInstaller
{
    private const string ItemKind = "template";
    private readonly ITemplateService _templateService;
    private readonly ITemplateRepository _templateRepository;
    private readonly ICoreScopeProvider _scopeProvider;
    private readonly IShortStringHelper _shortStringHelper;

    /// <summary>Creates the installer.</summary>
    public TemplateInstaller(ITemplateService templateService, ITemplateRepository templateRepository, ICoreScopeProvider scopeProvider, IShortStringHelper shortStringHelper)
    {
        _templateService = templateService;
        _templateRepository = templateRepository;
        _scopeProvider = scopeProvider;
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

        using (var scope = _scopeProvider.CreateCoreScope())
        {
            _templateRepository.Save(new TemplateOnDisk(_shortStringHelper, definition.Name, definition.Alias) { Key = definition.Key });
            scope.Complete();
        }

        return new(ItemKind, definition.Alias, InstallStepOutcome.Created, nameof(TemplateOperationStatus.Success));
    }
}
