using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>The schema installer against Umbraco's own language, data type, template and content type services.</summary>
public sealed class SchemaInstallerTests
{
    [Fact]
    public async Task StartUmbraco_OnEmptySite_CreatesWhatEachTypeUsesBeforeTheType()
    {
        using var harness = await ClinicSite.StartAsync();

        var dataTypes = harness.GetRequiredService<IDataTypeService>();
        var contentTypes = harness.GetRequiredService<IContentTypeService>();
        var templates = harness.GetRequiredService<ITemplateService>();
        foreach (var definition in CarePagesSchema.ContentTypes)
        {
            var type = (await contentTypes.GetAsync(definition.Key))!;
            Assert.All(type.ContentTypeComposition, composition => Assert.True(composition.Id < type.Id, $"{composition.Alias} after {type.Alias}"));
            foreach (var property in type.PropertyTypes)
            {
                Assert.True((await dataTypes.GetAsync(property.DataTypeKey))!.Id < type.Id, $"{property.Alias}'s data type after {type.Alias}");
            }

            if (definition.Template is { } template)
            {
                Assert.True((await templates.GetAsync(template.Key))!.Id < type.Id);
                Assert.Equal(template.Key, type.DefaultTemplate?.Key);
            }
        }
    }

    [Fact]
    public async Task InstallAsync_WhenTheDefinitionChangedSinceTheLastRun_UpdatesTheTypeWithTheCompleteModel()
    {
        using var harness = await ClinicSite.StartAsync();
        var contentTypes = harness.GetRequiredService<IContentTypeService>();
        // As installed by an older definition: no side-effects property, medication optional.
        var route = (await contentTypes.GetAsync(TreatmentRouteType.Key))!;
        route.RemovePropertyType(TreatmentRouteType.SideEffects);
        route.PropertyTypes.Single(p => p.Alias == TreatmentRouteType.Medication).Mandatory = false;
        Assert.True((await contentTypes.UpdateAsync(route, Constants.Security.SuperUserKey)).Success);
        harness.GetRequiredService<IKeyValueService>().SetValue(SchemaInstaller.VersionKey, "1+older-definition");

        var result = await InstallAgainAsync(harness);

        Assert.True(result.Success);
        Assert.Contains(result.Result!.Steps, s => s.Alias == TreatmentRouteType.Alias && s.Outcome == InstallStepOutcome.Updated);
        var updated = (await contentTypes.GetAsync(TreatmentRouteType.Key))!;
        Assert.Equal(route.Id, updated.Id);
        Assert.Contains(updated.PropertyTypes, p => p.Alias == TreatmentRouteType.SideEffects && p.Mandatory);
        Assert.True(updated.PropertyTypes.Single(p => p.Alias == TreatmentRouteType.Medication).Mandatory);
        Assert.Equal(UmbracoSchema.Version, harness.GetRequiredService<IKeyValueService>().GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task StartUmbraco_WhenAnotherTypeUsesTheAlias_ReportsTheClashAndLeavesThatTypeAlone()
    {
        var log = new CapturingLoggerProvider();
        using var harness = UmbracoHarness.Start(s => s.LoggerFactory = log.CreateFactory());
        var foreign = await harness.CreateForeignContentTypeAsync(ConditionType.Alias, "Someone else's condition page");

        await harness.StartUmbracoAsync();

        var kept = (await harness.GetRequiredService<IContentTypeService>().GetAsync(foreign.Key))!;
        Assert.Equal("Someone else's condition page", kept.Name);
        Assert.Null(await harness.GetRequiredService<IContentTypeService>().GetAsync(ConditionType.Key));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(ConditionType.Alias, StringComparison.Ordinal) && e.Message.Contains("DuplicateAlias", StringComparison.Ordinal));
        Assert.Null(harness.GetRequiredService<IKeyValueService>().GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task StartUmbraco_WithoutConfiguredLanguages_CreatesNoLanguage()
    {
        using var harness = UmbracoHarness.Start();

        await harness.StartUmbracoAsync();

        Assert.Equal(["en-GB"], (await harness.GetRequiredService<ILanguageService>().GetAllAsync()).Select(l => l.IsoCode));
    }

    [Fact]
    public async Task StartUmbraco_WithConfiguredLanguages_CreatesOnlyTheMissingOnesWithTheirFallbacks()
    {
        using var harness = UmbracoHarness.Start(s =>
        {
            s.Configuration["CarePages:Install:Languages:0:IsoCode"] = "en-GB";
            s.Configuration["CarePages:Install:Languages:1:IsoCode"] = "es-ES";
            s.Configuration["CarePages:Install:Languages:1:FallbackIsoCode"] = "en-GB";
            s.Configuration["CarePages:Install:Languages:2:IsoCode"] = "ar";
            s.Configuration["CarePages:Install:Languages:2:CultureName"] = "العربية";
        });
        var english = (await harness.GetRequiredService<ILanguageService>().GetAsync("en-GB"))!;

        await harness.StartUmbracoAsync();

        var languages = harness.GetRequiredService<ILanguageService>();
        var englishAfter = (await languages.GetAsync("en-GB"))!;
        Assert.Equal((english.Id, english.CultureName, true), (englishAfter.Id, englishAfter.CultureName, englishAfter.IsDefault));
        var spanish = (await languages.GetAsync("es-ES"))!;
        Assert.Equal(("Spanish (Spain)", "en-GB", false), (spanish.CultureName, spanish.FallbackIsoCode, spanish.IsDefault));
        Assert.Equal("العربية", (await languages.GetAsync("ar"))!.CultureName);
    }

    [Fact]
    public async Task InstallAsync_WithAnUnknownLanguageCode_FailsThatStepWithAClearMessage()
    {
        using var harness = UmbracoHarness.Start(s => s.Configuration["CarePages:Install:Languages:0:IsoCode"] = "xx-NOPE");

        var result = await InstallAgainAsync(harness);

        var failure = Assert.Single(result.Result!.Failures);
        Assert.Equal("xx-NOPE", failure.Alias);
        Assert.Contains("CarePages:Install:Languages", failure.Message, StringComparison.Ordinal);
        Assert.Null(harness.GetRequiredService<IKeyValueService>().GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task StartUmbraco_WhenDisabled_TouchesNothing()
    {
        using var harness = UmbracoHarness.Start(s => s.Configuration["CarePages:Install:Enabled"] = "false");
        var before = harness.Site.Database.RowCounts;

        await harness.StartUmbracoAsync();

        Assert.Equal(before, harness.Site.Database.RowCounts);
        Assert.Null(await harness.GetRequiredService<IDataTypeService>().GetAsync(CarePagesDataTypes.PageTitle));
    }

    [Fact]
    public async Task InstallAsync_WhenADataTypeDriftedFromItsDefinition_UpdatesOnlyThatDataType()
    {
        using var harness = await ClinicSite.StartAsync();
        var dataTypes = harness.GetRequiredService<IDataTypeService>();
        var pageTitle = (await dataTypes.GetAsync(CarePagesDataTypes.PageTitle))!;
        pageTitle.ConfigurationData = new Dictionary<string, object> { ["maxChars"] = 255 };
        Assert.True((await dataTypes.UpdateAsync(pageTitle, Constants.Security.SuperUserKey)).Success);
        harness.GetRequiredService<IKeyValueService>().SetValue(SchemaInstaller.VersionKey, "1+older-definition");

        var result = await InstallAgainAsync(harness);

        Assert.Equal(["CarePages - Page title"], result.Result!.Steps.Where(s => s.ItemKind == "data type" && s.Outcome == InstallStepOutcome.Updated).Select(s => s.Alias));
        Assert.Equal(60, Convert.ToInt32((await dataTypes.GetAsync(CarePagesDataTypes.PageTitle))!.ConfigurationData["maxChars"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<Attempt<InstallReport, CarePagesInstallOperationStatus>> InstallAgainAsync(UmbracoHarness harness)
    {
        using var scope = harness.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SchemaInstaller>().InstallAsync();
    }
}
