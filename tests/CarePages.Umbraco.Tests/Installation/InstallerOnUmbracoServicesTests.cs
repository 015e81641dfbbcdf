using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Harness.Repositories;
using CarePages.Umbraco.Installation;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>The installer as a site runs it: at start-up, through Umbraco's own data type, template and content type services.</summary>
public sealed class InstallerOnUmbracoServicesTests
{
    [Fact]
    public async Task StartUmbraco_OnANewSite_CreatesEveryDataTypeTemplateAndContentTypeThroughUmbracosServices()
    {
        using var harness = UmbracoHarness.Start();

        await harness.StartUmbracoAsync();

        var dataTypes = harness.GetRequiredService<IDataTypeService>();
        foreach (var definition in UmbracoSchema.DataTypes)
        {
            var dataType = await dataTypes.GetAsync(definition.Key);
            Assert.True(dataType is not null, $"data type {definition.Name} was not created");
            Assert.Equal(definition.EditorAlias, dataType.EditorAlias);
        }

        var contentTypes = harness.GetRequiredService<IContentTypeService>();
        foreach (var definition in CarePagesSchema.ContentTypes)
        {
            var contentType = await contentTypes.GetAsync(definition.Key);
            Assert.True(contentType is not null, $"content type {definition.Alias} was not created");
            Assert.Equal(definition.Alias, contentType.Alias);
        }

        var route = await contentTypes.GetAsync(TreatmentRouteType.Key);
        Assert.Contains(route!.CompositionAliases(), alias => alias == PageBasicsComposition.Alias);
        Assert.Equal(UmbracoSchema.Version, harness.GetRequiredService<IKeyValueService>().GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task StartUmbraco_InDevelopmentMode_RegistersTheTemplatesWithoutWritingAViewThatWouldShadowThePackagesOwn()
    {
        using var harness = UmbracoHarness.Start();

        await harness.StartUmbracoAsync();

        var templates = harness.GetRequiredService<ITemplateService>();
        foreach (var definition in CarePagesSchema.ContentTypes.Select(t => t.Template).OfType<TemplateDefinition>())
        {
            Assert.NotNull(await templates.GetAsync(definition.Key));
        }

        Assert.Empty(harness.Site.Views.Writes);
    }

    [Fact]
    public async Task StartUmbraco_SecondStart_ChangesNothing()
    {
        using var harness = UmbracoHarness.Start();
        await harness.StartUmbracoAsync();
        var documentTypeSaves = harness.Site.Database.RowCounts;
        var auditEntries = harness.GetRequiredService<AuditRepository>().Committed.Count;

        await harness.StartUmbracoAsync();

        Assert.Equal(documentTypeSaves, harness.Site.Database.RowCounts);
        Assert.Equal(auditEntries, harness.GetRequiredService<AuditRepository>().Committed.Count);
    }
}
