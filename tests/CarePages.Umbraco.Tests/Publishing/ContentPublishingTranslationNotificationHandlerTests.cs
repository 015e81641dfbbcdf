using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Events;

namespace CarePages.Umbraco.Tests.Publishing;

/// <summary>The translation gate, run by Umbraco's own publishing service over the package's translation states.</summary>
public sealed class ContentPublishingTranslationNotificationHandlerTests
{
    [Fact]
    public async Task HandleAsync_SpanishRouteNeverReviewed_CancelsAndNamesEveryUnapprovedField()
    {
        using var fixture = await PublishGateFixture.CreateAsync(approveSpanish: false);

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
        var messages = notification.Messages.GetAll().ToArray();
        Assert.Contains(messages, m => m.Message.Contains("is a clinical page", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message == "es-ES · howItWorks (How it works) is not translated.");
        Assert.All(messages, m => Assert.Equal(EventMessageType.Error, m.MessageType));
    }

    [Fact]
    public async Task HandleAsync_EveryFieldApprovedByAnotherReviewer_LetsTheSpanishRoutePublish()
    {
        using var fixture = await PublishGateFixture.CreateAsync();

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "es-ES");

        Assert.False(notification.Cancel);
        Assert.Empty(notification.Messages.GetAll());
    }

    [Fact]
    public async Task HandleAsync_SourceChangedAfterApproval_CancelsNamingTheOutdatedField()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.IntranasalRoute.SetValue("typicalOnset", "Usually within 30 minutes", "en-GB");

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
        Assert.Contains(notification.Messages.GetAll(), m => m.Message.StartsWith("es-ES · typicalOnset", StringComparison.Ordinal) && m.Message.EndsWith("outdated: the source changed after translation.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_PublishingTheSourceCulture_IsNotAskedForApprovals()
    {
        using var fixture = await PublishGateFixture.CreateAsync(approveSpanish: false);

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "en-GB");

        Assert.False(notification.Cancel);
    }

    [Fact]
    public async Task HandleAsync_SpanishSpeakingEditor_ToldInSpanish()
    {
        using var fixture = await PublishGateFixture.CreateAsync(approveSpanish: false);
        fixture.EditorLanguage = "es-ES";

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "es-ES");

        Assert.Contains(notification.Messages.GetAll(), m => m.Message == "es-ES · howItWorks (How it works) está sin traducir.");
    }

    [Fact]
    public async Task HandleAsync_ApprovalsNotRequiredBySettings_LetsItPublish()
    {
        using var fixture = await PublishGateFixture.CreateAsync(approveSpanish: false);
        fixture.Options.PublishGate.RequireApprovedTranslations = false;

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "es-ES");

        Assert.False(notification.Cancel);
    }

    [Fact]
    public async Task HandleAsync_ApprovalsNotRequiredButAFieldIsAMachineDraft_StillCancelsNamingIt()
    {
        using var fixture = await PublishGateFixture.CreateAsync(approveSpanish: false);
        fixture.Options.PublishGate.RequireApprovedTranslations = false;
        using (var scope = fixture.Harness.Services.CreateScope())
        {
            var unit = fixture.Harness.SourceUnits(PublishGateFixture.IntranasalRouteKey).Single(u => u.Path.Value == "typicalOnset");
            var actor = new TranslationActor("5b3f8d7e-0000-4000-8000-000000000001", "Ana", ["es-ES"]);
            var drafted = await scope.ServiceProvider.GetRequiredService<TranslationWorkflowService>().ApplyToDocumentAsync(TranslationAction.MachineTranslate, [(unit, null)], "es-ES", actor);
            Assert.True(drafted.Succeeded);
        }

        var notification = await fixture.PublishAsync(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
        var fields = notification.Messages.GetAll().Where(m => m.Message.StartsWith("es-ES · ", StringComparison.Ordinal)).ToArray();
        Assert.Equal("es-ES · typicalOnset (Typical onset) is a machine-translated draft, not yet checked by a translator.", Assert.Single(fields).Message);
    }
}
