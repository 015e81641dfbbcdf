using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Audit;
using CarePages.Umbraco.Tests.Harness;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CarePages.Umbraco.Tests.Publishing;

/// <summary>The publish gates and translation handlers as Umbraco's own <c>ContentPublishingService</c> and <c>ContentService</c> run them.</summary>
public sealed class PublishingOnUmbracoServicesTests
{
    private const string InjectionText = """{"markup":"<p>La ketamina intramuscular consiste en inyectar el medicamento directamente en un músculo. La inyección intramuscular permite controlar la dosis con precisión.</p>","blocks":null}""";

    [Fact]
    public async Task PublishAsync_SpanishIntranasalPageDescribingAnInjection_IsRefusedWithTheChecksMessageNamingTheField()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        await harness.PublishOverviewAsync();
        await harness.ApproveAllAsync(ClinicSite.IntranasalRouteKey, "es-ES");
        harness.SaveValue(ClinicSite.IntranasalRouteKey, TreatmentRouteType.HowItWorks, "es-ES", InjectionText);

        var status = await harness.PublishAsync(ClinicSite.IntranasalRouteKey, "es-ES");

        Assert.Equal(ContentPublishingOperationStatus.CancelledByEvent, status);
        Assert.Contains(harness.LastPublishMessages(), m => m.MessageType == EventMessageType.Error
            && m.Message.StartsWith("es-ES · howItWorks:", StringComparison.Ordinal) && m.Message.Contains("ntramuscular", StringComparison.Ordinal));
        Assert.False(harness.GetRequiredService<IContentService>().GetById(ClinicSite.IntranasalRouteKey)!.IsCulturePublished("es-ES"));
    }

    [Fact]
    public async Task PublishAsync_CleanSourceCulture_PublishesAndRecordsTheAuditEntry()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        await harness.PublishOverviewAsync();

        var status = await harness.PublishAsync(ClinicSite.IntranasalRouteKey, "en-GB");

        Assert.True(status == ContentPublishingOperationStatus.Success, string.Join(Environment.NewLine, harness.LastPublishMessages().Select(m => m.Message)));
        Assert.True(harness.GetRequiredService<IContentService>().GetById(ClinicSite.IntranasalRouteKey)!.IsCulturePublished("en-GB"));
        var audit = await harness.GetRequiredService<ITranslationStateStore>().GetAuditTrailAsync(ClinicSite.IntranasalRouteKey);
        Assert.Contains(audit, e => e.Action == TranslationAction.Publish && e.Culture == "en-GB");
    }

    [Fact]
    public async Task PublishAsync_SpanishClinicalPageNeverReviewed_IsRefusedByTheTranslationGate()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        await harness.PublishOverviewAsync();

        var status = await harness.PublishAsync(ClinicSite.IntranasalRouteKey, "es-ES");

        Assert.Equal(ContentPublishingOperationStatus.CancelledByEvent, status);
        var messages = harness.LastPublishMessages();
        Assert.Contains(messages, m => m.Message.Contains("is a clinical page", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message == "es-ES · howItWorks (How it works) is not translated.");
    }

    [Fact]
    public async Task PublishAsync_SpanishApprovedByAnotherReviewer_Publishes()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        await harness.PublishOverviewAsync();
        await harness.ApproveAllAsync(ClinicSite.IntranasalRouteKey, "es-ES");

        var status = await harness.PublishAsync(ClinicSite.IntranasalRouteKey, "es-ES");

        Assert.True(status == ContentPublishingOperationStatus.Success, string.Join(Environment.NewLine, harness.LastPublishMessages().Select(m => m.Message)));
    }

    [Fact]
    public async Task PublishAsync_RouteWhoseOverviewIsNotPublished_IsRefusedByUmbracoBeforeAnyGateRuns()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);

        var status = await harness.PublishAsync(ClinicSite.IntranasalRouteKey, "en-GB");

        Assert.Equal(ContentPublishingOperationStatus.PathNotPublished, status);
        Assert.Empty(harness.LastPublishMessages());
    }

    [Fact]
    public async Task SaveSourceCulture_ChangedField_MarksTheApprovedTranslationOutdatedAndStopsItsPublish()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        await harness.PublishOverviewAsync();
        await harness.ApproveAllAsync(ClinicSite.IntranasalRouteKey, "es-ES");

        harness.SaveValue(ClinicSite.IntranasalRouteKey, TreatmentRouteType.TypicalOnset, "en-GB", "Usually within 30 minutes");

        var states = await harness.GetRequiredService<ITranslationStateStore>().GetByDocumentAsync(ClinicSite.IntranasalRouteKey);
        Assert.True(states.Single(s => s.Culture == "es-ES" && s.Path.Value == TreatmentRouteType.TypicalOnset).IsOutdated);
        Assert.Equal(ContentPublishingOperationStatus.CancelledByEvent, await harness.PublishAsync(ClinicSite.IntranasalRouteKey, "es-ES"));
        Assert.Contains(harness.LastPublishMessages(), m => m.Message.StartsWith("es-ES · typicalOnset", StringComparison.Ordinal));
    }
}
