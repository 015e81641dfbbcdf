using System.Text.Json.Nodes;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace CarePages.Umbraco.Tests.Installation;

public sealed class SampleContentImporterTests
{
    private static readonly Guid IntranasalRouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    [Fact]
    public async Task ImportAsync_ByDefault_ImportsNothing()
    {
        var site = await InstalledSite();

        var result = await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);

        Assert.Equal(SampleContentImportOperationStatus.Disabled, result.Status);
        Assert.Empty(site.Documents);
    }

    [Fact]
    public async Task ImportAsync_WhenSwitchedOn_CreatesEveryNodeWithEveryCultureAsRealUmbracoContent()
    {
        var site = await InstalledSite();
        site.Options.Install.SampleContent = true;

        var result = await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);

        Assert.True(result.Success, string.Join("; ", result.Result!.Failures.Select(f => f.Message)));
        Assert.Equal(6, site.Documents.Count);
        Assert.All(site.Documents.Values, d => Assert.Equal(["ar", "en-GB", "es-ES"], d.AvailableCultures.Order(StringComparer.Ordinal)));
        Assert.DoesNotContain(site.Documents.Values, d => d.Published);
    }

    [Fact]
    public async Task ImportAsync_WhenSwitchedOn_StoresTheRouteUnderItsOverviewWithSharedAndPerCultureValues()
    {
        var site = await InstalledSite();
        site.Options.Install.SampleContent = true;

        await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);

        var route = site.Documents[IntranasalRouteKey];
        var overview = site.Documents.Values.Single(d => d.ContentType.Alias == TreatmentOverviewType.Alias);
        Assert.Equal(overview.Id, route.ParentId);
        Assert.Equal("ketamina", route.GetValue<string>(TreatmentRouteType.Medication, "es-ES"));
        Assert.Equal("[\"Nasal use\"]", route.GetValue<string>(TreatmentRouteType.RouteOfAdministration));
        Assert.Null(route.GetValue(TreatmentRouteType.RouteOfAdministration, "es-ES"));
        var howItWorks = JsonNode.Parse(route.GetValue<string>(TreatmentRouteType.HowItWorks, "en-GB")!)!["markup"]!.GetValue<string>();
        Assert.Contains("nose", howItWorks, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("muscle", howItWorks, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportAsync_RunTwice_LeavesTheFirstImportAlone()
    {
        var site = await InstalledSite();
        site.Options.Install.SampleContent = true;
        await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);
        var writes = site.Writes.Count;

        var second = await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);

        Assert.Equal(SampleContentImportOperationStatus.AlreadyImported, second.Status);
        Assert.Equal(writes, site.Writes.Count);
    }

    [Fact]
    public async Task ImportAsync_WhenADocumentAlreadyExists_KeepsTheEditorsVersion()
    {
        var site = await InstalledSite();
        site.Options.Install.SampleContent = true;
        await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);
        site.Documents[IntranasalRouteKey].SetCultureName("Edited by an editor", "en-GB");
        site.KeyValues.Values.Remove(SampleContentImporter.ImportedKey);

        var result = await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);

        Assert.All(result.Result!.Steps, s => Assert.Equal(InstallStepOutcome.Unchanged, s.Outcome));
        Assert.Equal("Edited by an editor", site.Documents[IntranasalRouteKey].GetCultureName("en-GB"));
    }

    [Fact]
    public async Task ImportAsync_WhenTheSchemaIsMissing_ReportsEachDocumentAndLogsIt()
    {
        var site = new FakeUmbracoSite();
        site.Options.Install.SampleContent = true;

        var result = await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);

        Assert.Equal(SampleContentImportOperationStatus.DocumentsFailed, result.Status);
        Assert.All(result.Result!.Steps, s => Assert.Equal("ContentTypeNotFound", s.Status));
        Assert.Equal(6, site.ImportLog.Entries.Count(e => e.Level == LogLevel.Error));
        Assert.Null(site.KeyValues.GetValue(SampleContentImporter.ImportedKey));
    }

    private static async Task<FakeUmbracoSite> InstalledSite()
    {
        var site = new FakeUmbracoSite();
        await site.CreateSchemaInstaller().InstallAsync();
        return site;
    }
}
