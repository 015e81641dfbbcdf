using System.Text.Json.Nodes;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Services.OperationStatus;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Installation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>The sample clinic imported at start-up through Umbraco's own <c>ContentEditingService</c>.</summary>
public sealed class SampleImportOnUmbracoServicesTests
{
    private static readonly Guid IntranasalRouteKey = ClinicSite.IntranasalRouteKey;

    [Fact]
    public async Task StartUmbraco_WithSampleContent_CreatesEveryDocumentInEveryCultureAsADraft()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);

        var content = harness.GetRequiredService<IContentService>();
        var documents = SampleClinic.Documents.Select(d => content.GetById(d.Id)).ToArray();
        Assert.All(documents, d => Assert.NotNull(d));
        Assert.All(documents, d => Assert.Equal(["ar", "en-GB", "es-ES"], d!.AvailableCultures.Order(StringComparer.Ordinal)));
        Assert.DoesNotContain(documents, d => d!.Published);
        Assert.NotNull(harness.GetRequiredService<IKeyValueService>().GetValue(SampleContentImporter.ImportedKey));
    }

    [Fact]
    public async Task StartUmbraco_WithSampleContent_RecordsTheSpanishAndArabicTranslationsAsApprovedByTheSamplesReviewer()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);

        var store = harness.GetRequiredService<ITranslationStateStore>();
        var states = await store.GetByDocumentAsync(IntranasalRouteKey);
        var units = harness.SourceUnits(IntranasalRouteKey);
        Assert.Equal(units.Count * 2, states.Count);
        Assert.All(states, s => Assert.Equal(TranslationStatus.Approved, s.EffectiveStatus));
        var approvals = (await store.GetAuditTrailAsync(IntranasalRouteKey)).Where(e => e.Action == TranslationAction.Approve).ToArray();
        Assert.All(approvals, e => Assert.Equal("Dr Lucía Pérez (clinical reviewer)", e.Actor.DisplayName));
    }

    [Fact]
    public async Task StartUmbraco_TranslationTablesUnavailable_ImportsTheDocumentsAndLogsThatTheTranslationsNeedReview()
    {
        var log = new CapturingLoggerProvider();
        using var harness = await ClinicSite.StartAsync(sampleContent: true, configure: settings =>
        {
            settings.LoggerFactory = log.CreateFactory();
            settings.ConfigureBuilder = builder => builder.Services.AddSingleton<ITranslationStateStore, UnavailableTranslationStateStore>();
        });

        Assert.All(SampleClinic.Documents, d => Assert.NotNull(harness.GetRequiredService<IContentService>().GetById(d.Id)));
        Assert.Equal(SampleClinic.Documents.Count, log.Entries.Count(e => e.Level == LogLevel.Warning
            && e.Message.Contains("translations could not be recorded as approved", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PublishAsync_ImportedSampleInSpanishAndArabic_IsNotHeldBackByTheTranslationGate()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        await harness.PublishOverviewAsync();

        var status = await harness.PublishAsync(IntranasalRouteKey, "en-GB", "es-ES", "ar");

        Assert.DoesNotContain(harness.LastPublishMessages(), m => m.Message.Contains("not translated", StringComparison.Ordinal) || m.Message.Contains("not approved", StringComparison.Ordinal));
        Assert.True(status == ContentPublishingOperationStatus.Success, string.Join(Environment.NewLine, harness.LastPublishMessages().Select(m => m.Message)));
    }

    [Fact]
    public async Task StartUmbraco_WithSampleContent_StoresTheRouteUnderItsOverviewWithSharedAndPerCultureValues()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);

        var content = harness.GetRequiredService<IContentService>();
        var route = content.GetById(IntranasalRouteKey)!;
        var overview = content.GetById(SampleClinic.Documents.Single(d => d.DocumentType.Id == TreatmentOverviewType.Key).Id)!;
        Assert.Equal(overview.Id, route.ParentId);
        Assert.Equal("ketamina", route.GetValue<string>(TreatmentRouteType.Medication, "es-ES"));
        Assert.Equal("[\"Nasal use\"]", route.GetValue<string>(TreatmentRouteType.RouteOfAdministration));
        var howItWorks = JsonNode.Parse(route.GetValue<string>(TreatmentRouteType.HowItWorks, "en-GB")!)!["markup"]!.GetValue<string>();
        Assert.Contains("nose", howItWorks, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StartUmbraco_SecondStart_LeavesTheImportedDocumentsAlone()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var saves = harness.Site.Database.RowCounts;

        await harness.StartUmbracoAsync();

        Assert.Equal(saves, harness.Site.Database.RowCounts);
    }

    [Fact]
    public async Task ImportAsync_DocumentMissingAMandatoryValue_IsSavedAsADraftAndTheReportNamesTheFieldAndCulture()
    {
        using var harness = await ClinicSite.StartAsync();
        var route = SampleClinic.Documents.Single(d => d.Id == IntranasalRouteKey);
        var withoutSpanishSummary = route with { Values = route.Values.Where(v => !(v.Alias == PageBasicsComposition.Summary && v.Culture == "es-ES")).ToArray() };
        var parents = SampleClinic.Documents.Where(d => d.Id != IntranasalRouteKey && d.DocumentType.Id == TreatmentOverviewType.Key);
        var result = await Importer(harness).ImportAsync([.. parents, withoutSpanishSummary]);

        Assert.True(result.Success);
        var step = Assert.Single(result.Result!.Steps, s => s.Alias == "Intranasal ketamine");
        Assert.Equal(InstallStepOutcome.Created, step.Outcome);
        Assert.Contains("summary (es-ES)", step.Message, StringComparison.Ordinal);
        var saved = harness.GetRequiredService<IContentService>().GetById(IntranasalRouteKey);
        Assert.NotNull(saved);
        Assert.Null(saved.GetValue<string>(PageBasicsComposition.Summary, "es-ES"));
    }

    [Fact]
    public async Task StartUmbraco_WithSampleContent_KeysEachBlockValueForTheEditorItsDataTypeUses()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);

        var content = harness.GetRequiredService<IContentService>();
        var route = content.GetById(IntranasalRouteKey)!;
        var overview = content.GetById(SampleClinic.Documents.Single(d => d.DocumentType.Id == TreatmentOverviewType.Key).Id)!;

        var callout = JsonNode.Parse(overview.GetValue<string>(TreatmentOverviewType.BookingCallout)!)!["layout"]!.AsObject();
        var benefits = JsonNode.Parse(route.GetValue<string>(TreatmentRouteType.Benefits)!)!["layout"]!.AsObject();
#if UMBRACO_18_OR_GREATER
        Assert.Equal(["Umbraco.SingleBlock"], callout.Select(p => p.Key));
#else
        Assert.Equal(["Umbraco.BlockList"], callout.Select(p => p.Key));
#endif
        Assert.Equal(["Umbraco.BlockList"], benefits.Select(p => p.Key));
    }

    [Fact]
    public async Task StartUmbraco_ByDefault_ImportsNothing()
    {
        using var harness = await ClinicSite.StartAsync();

        Assert.All(SampleClinic.Documents, d => Assert.Null(harness.GetRequiredService<IContentService>().GetById(d.Id)));
        Assert.Null(harness.GetRequiredService<IKeyValueService>().GetValue(SampleContentImporter.ImportedKey));
    }

    [Fact]
    public async Task ImportAsync_WhenADocumentAlreadyExists_KeepsTheEditorsVersion()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var content = harness.GetRequiredService<IContentService>();
        var route = content.GetById(IntranasalRouteKey)!;
        route.SetCultureName("Edited by an editor", "en-GB");
        Assert.True(content.Save(route).Success);

        var result = await Importer(harness).ImportAsync(SampleClinic.Documents);

        Assert.All(result.Result!.Steps, s => Assert.Equal(InstallStepOutcome.Unchanged, s.Outcome));
        Assert.Equal("Edited by an editor", content.GetById(IntranasalRouteKey)!.GetCultureName("en-GB"));
    }

    [Fact]
    public async Task StartUmbraco_SampleContentWithoutTheSchemaOrLanguages_LogsEachRefusedDocumentWithUmbracosReason()
    {
        var log = new CapturingLoggerProvider();
        using var harness = await ClinicSite.StartAsync(sampleContent: true, configure: s =>
        {
            s.Configuration["CarePages:Install:Enabled"] = "false";
            s.LoggerFactory = log.CreateFactory();
        });

        // Umbraco checks the cultures before the type: without the installer, es-ES and ar do not exist either.
        Assert.Equal(6, log.Entries.Count(e => e.Level == LogLevel.Error && e.Message.StartsWith("CarePages could not install document", StringComparison.Ordinal) && e.Message.Contains("InvalidCulture", StringComparison.Ordinal)));
        Assert.All(SampleClinic.Documents, d => Assert.Null(harness.GetRequiredService<IContentService>().GetById(d.Id)));
        Assert.Null(harness.GetRequiredService<IKeyValueService>().GetValue(SampleContentImporter.ImportedKey));
    }

    // The importer a site gets, asked to import again whatever the key/value store says (its marker is not consulted).
    private static SampleContentImporter Importer(CarePages.Umbraco.Harness.UmbracoHarness harness) => new(
        harness.GetRequiredService<IContentEditingService>(),
        new InMemoryKeyValueService(),
        harness.Services.CreateScope().ServiceProvider.GetRequiredService<ExistingTranslationApprover>(),
        Options.Create(new CarePagesOptions { Install = { SampleContent = true } }),
        NullLogger<SampleContentImporter>.Instance);
}
