using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Documents;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Tests.Publishing;

public sealed class ContentPublishingTranslationNotificationHandlerTests
{
    private static readonly TranslationActor Translator = new("5b3f8d7e-0000-4000-8000-000000000001", "Ana García", ["es-ES"]);
    private static readonly TranslationActor Reviewer = new("5b3f8d7e-0000-4000-8000-000000000002", "Dr Lucía Pérez", ["es-ES"], CanReview: true);

    [Fact]
    public async Task HandleAsync_SpanishRouteNeverReviewed_CancelsAndNamesEveryUnapprovedField()
    {
        var fixture = await PublishGateFixture.CreateAsync();

        var notification = await fixture.PublishTranslationsAsync(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
        var messages = notification.Messages.GetAll().ToArray();
        Assert.Contains("is a clinical page", messages[0].Message, StringComparison.Ordinal);
        Assert.Contains(messages, m => m.Message == "es-ES · howItWorks (How it works) is not translated.");
        Assert.All(messages, m => Assert.Equal(EventMessageType.Error, m.MessageType));
    }

    [Fact]
    public async Task HandleAsync_EveryFieldApprovedByAnotherReviewer_LetsTheSpanishRoutePublish()
    {
        var fixture = await PublishGateFixture.CreateAsync();
        await ApproveAllAsync(fixture, fixture.IntranasalRoute);

        var notification = await fixture.PublishTranslationsAsync(fixture.IntranasalRoute, "es-ES");

        Assert.False(notification.Cancel);
        Assert.Empty(notification.Messages.GetAll());
    }

    [Fact]
    public async Task HandleAsync_SourceChangedAfterApproval_CancelsNamingTheOutdatedField()
    {
        var fixture = await PublishGateFixture.CreateAsync();
        var route = fixture.IntranasalRoute;
        await ApproveAllAsync(fixture, route);
        route.SetValue("typicalOnset", "Usually within 30 minutes", "en-GB");
        await fixture.Workflow.RecordSourceChangesAsync(SourceUnits(route), Translator);

        var notification = await fixture.PublishTranslationsAsync(route, "es-ES");

        Assert.True(notification.Cancel);
        Assert.Contains(notification.Messages.GetAll(), m => m.Message.StartsWith("es-ES · typicalOnset", StringComparison.Ordinal) && m.Message.EndsWith("outdated: the source changed after translation.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_PublishingTheSourceCulture_IsNotAskedForApprovals()
    {
        var fixture = await PublishGateFixture.CreateAsync();

        var notification = await fixture.PublishTranslationsAsync(fixture.IntranasalRoute, "en-GB");

        Assert.False(notification.Cancel);
    }

    [Fact]
    public async Task HandleAsync_SpanishSpeakingEditor_ToldInSpanish()
    {
        var fixture = await PublishGateFixture.CreateAsync();
        fixture.EditorLanguage = "es-ES";

        var notification = await fixture.PublishTranslationsAsync(fixture.IntranasalRoute, "es-ES");

        Assert.Contains(notification.Messages.GetAll(), m => m.Message == "es-ES · howItWorks (How it works) está sin traducir.");
    }

    [Fact]
    public async Task HandleAsync_ApprovalsNotRequiredBySettings_LetsItPublish()
    {
        var fixture = await PublishGateFixture.CreateAsync();
        fixture.Options.PublishGate.RequireApprovedTranslations = false;

        var notification = await fixture.PublishTranslationsAsync(fixture.IntranasalRoute, "es-ES");

        Assert.False(notification.Cancel);
    }

    private static IReadOnlyList<TranslatableUnit> SourceUnits(IContent content) =>
        TranslatableUnits.Of(ContentDocumentReader.Read(content, "en-GB")!);

    private static async Task ApproveAllAsync(PublishGateFixture fixture, IContent content)
    {
        var workflow = fixture.Workflow;
        foreach (var unit in SourceUnits(content))
        {
            await workflow.EditAsync(unit, "es-ES", Translator);
            await workflow.SubmitForReviewAsync(unit, "es-ES", Translator);
            Assert.True((await workflow.ApproveAsync(unit, "es-ES", Reviewer)).Succeeded);
        }
    }
}
