using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Tests.Installation;

public sealed class SchemaInstallerTests
{
    [Fact]
    public async Task InstallAsync_OnEmptySite_CreatesDataTypesTemplatesThenContentTypesInDependencyOrder()
    {
        var site = new FakeUmbracoSite();

        var result = await site.CreateSchemaInstaller().InstallAsync();

        Assert.True(result.Success);
        Assert.Equal(CarePagesInstallOperationStatus.Success, result.Status);
        Assert.Equal(
            [
                "create data type CarePages - Page title", "create data type CarePages - Meta description",
                "create data type CarePages - Patient rich text", "create data type CarePages - Route of administration (EDQM)",
                "create data type CarePages - Where it is given", "create data type CarePages - Condition picker",
                "create data type CarePages - Treatment route picker", "create data type CarePages - Benefits",
                "create data type CarePages - Booking call-out",
                "create template carePagesCondition", "create template carePagesTreatmentRoute", "create template carePagesTreatmentOverview",
                "create content type carePagesPageBasics", "create content type carePagesClinicalReview",
                "create content type carePagesBenefit", "create content type carePagesBookingCallout",
                "create content type carePagesCondition", "create content type carePagesTreatmentRoute",
                "create content type carePagesTreatmentOverview",
            ],
            site.Writes);
    }

    [Fact]
    public async Task InstallAsync_OnEmptySite_StoresTheSchemaVersionMarker()
    {
        var site = new FakeUmbracoSite();

        await site.CreateSchemaInstaller().InstallAsync();

        Assert.Equal(UmbracoSchema.Version, site.KeyValues.GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task InstallAsync_SecondRun_ChangesNothing()
    {
        var site = new FakeUmbracoSite();
        await site.CreateSchemaInstaller().InstallAsync();
        var writesAfterFirstRun = site.Writes.ToList();
        var routeAfterFirstRun = site.ContentType(TreatmentRouteType.Alias);

        var second = await site.CreateSchemaInstaller().InstallAsync();

        Assert.Equal(CarePagesInstallOperationStatus.AlreadyUpToDate, second.Status);
        Assert.Equal(writesAfterFirstRun, site.Writes);
        Assert.Same(routeAfterFirstRun, site.ContentType(TreatmentRouteType.Alias));
    }

    [Fact]
    public async Task InstallAsync_WhenTheDefinitionChangedSinceTheLastRun_UpdatesTheTypeWithTheCompleteModel()
    {
        var site = new FakeUmbracoSite();
        await site.CreateSchemaInstaller().InstallAsync();
        // As installed by an older definition: no side-effects property, medication optional.
        var route = site.ContentType(TreatmentRouteType.Alias);
        route.RemovePropertyType(TreatmentRouteType.SideEffects);
        route.PropertyTypes.Single(p => p.Alias == TreatmentRouteType.Medication).Mandatory = false;
        site.KeyValues.SetValue(SchemaInstaller.VersionKey, "1+older-definition");

        var result = await site.CreateSchemaInstaller().InstallAsync();

        Assert.True(result.Success);
        Assert.Contains("update content type carePagesTreatmentRoute", site.Writes);
        var updated = site.ContentType(TreatmentRouteType.Alias);
        Assert.Equal(route.Key, updated.Key);
        Assert.Contains(updated.PropertyTypes, p => p.Alias == TreatmentRouteType.SideEffects && p.Mandatory);
        Assert.True(updated.PropertyTypes.Single(p => p.Alias == TreatmentRouteType.Medication).Mandatory);
        Assert.Equal(TreatmentRouteType.Definition.Properties.Count, updated.PropertyTypes.Count());
        Assert.Equal(UmbracoSchema.Version, site.KeyValues.GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task InstallAsync_WhenAnotherTypeUsesTheAlias_ReportsTheClashAndLeavesThatTypeAlone()
    {
        var site = new FakeUmbracoSite();
        var foreign = site.AddForeignContentType(ConditionType.Alias, "Someone else's condition page");

        var result = await site.CreateSchemaInstaller().InstallAsync();

        Assert.False(result.Success);
        Assert.Equal(CarePagesInstallOperationStatus.StepsFailed, result.Status);
        var failure = Assert.Single(result.Result!.Failures);
        Assert.Equal(ConditionType.Alias, failure.Alias);
        Assert.Equal("DuplicateAlias", failure.Status);
        Assert.Contains("did not overwrite", failure.Message, StringComparison.Ordinal);
        Assert.Same(foreign, site.ContentTypes[foreign.Key]);
        Assert.Equal("Someone else's condition page", foreign.Name);
        Assert.Contains(site.SchemaLog.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(ConditionType.Alias, StringComparison.Ordinal));
        Assert.Null(site.KeyValues.GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task InstallAsync_WithoutConfiguredLanguages_CreatesNoLanguage()
    {
        var site = new FakeUmbracoSite();

        await site.CreateSchemaInstaller().InstallAsync();

        Assert.Empty(site.Languages);
    }

    [Fact]
    public async Task InstallAsync_WithConfiguredLanguages_CreatesOnlyTheMissingOnes()
    {
        var site = new FakeUmbracoSite();
        var existing = new Language("en-GB", "English (UK)") { IsDefault = true };
        site.Languages["en-GB"] = existing;
        site.Options.Install.Languages.Add(new LanguageInstallOptions { IsoCode = "en-GB" });
        site.Options.Install.Languages.Add(new LanguageInstallOptions { IsoCode = "es-ES", FallbackIsoCode = "en-GB" });
        site.Options.Install.Languages.Add(new LanguageInstallOptions { IsoCode = "ar", CultureName = "العربية" });

        await site.CreateSchemaInstaller().InstallAsync();

        Assert.Same(existing, site.Languages["en-GB"]);
        Assert.Equal("Spanish (Spain)", site.Languages["es-ES"].CultureName);
        Assert.Equal("en-GB", site.Languages["es-ES"].FallbackIsoCode);
        Assert.False(site.Languages["es-ES"].IsDefault);
        Assert.Equal("العربية", site.Languages["ar"].CultureName);
        Assert.DoesNotContain("create language en-GB", site.Writes);
    }

    [Fact]
    public async Task InstallAsync_WithAnUnknownLanguageCode_FailsThatStepWithAClearMessage()
    {
        var site = new FakeUmbracoSite();
        site.Options.Install.Languages.Add(new LanguageInstallOptions { IsoCode = "xx-NOPE" });

        var result = await site.CreateSchemaInstaller().InstallAsync();

        var failure = Assert.Single(result.Result!.Failures);
        Assert.Equal("xx-NOPE", failure.Alias);
        Assert.Contains("CarePages:Install:Languages", failure.Message, StringComparison.Ordinal);
        Assert.Null(site.KeyValues.GetValue(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task InstallAsync_WhenDisabled_TouchesNothing()
    {
        var site = new FakeUmbracoSite();
        site.Options.Install.Enabled = false;

        var result = await site.CreateSchemaInstaller().InstallAsync();

        Assert.Equal(CarePagesInstallOperationStatus.Disabled, result.Status);
        Assert.Empty(site.Writes);
    }

    [Fact]
    public async Task InstallAsync_WhenADataTypeDriftedFromItsDefinition_UpdatesOnlyThatDataType()
    {
        var site = new FakeUmbracoSite();
        await site.CreateSchemaInstaller().InstallAsync();
        site.DataTypes[CarePagesDataTypes.PageTitle].ConfigurationData = new Dictionary<string, object> { ["maxChars"] = 255 };
        site.KeyValues.SetValue(SchemaInstaller.VersionKey, "1+older-definition");
        site.Writes.Clear();

        await site.CreateSchemaInstaller().InstallAsync();

        Assert.Equal(["update data type CarePages - Page title"], site.Writes.Where(w => w.Contains("data type", StringComparison.Ordinal)));
        Assert.Equal(60, site.DataTypes[CarePagesDataTypes.PageTitle].ConfigurationData["maxChars"]);
    }
}
