using CarePages.Core.Schema.ContentTypes;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace CarePages.Umbraco.Tests.Publishing;

/// <summary>The content checks' publish gate, run by Umbraco's own publishing service.</summary>
public sealed class ContentPublishingChecksNotificationHandlerTests
{
    private const string ImageWithoutAlt = """{"markup":"<p>La ketamina se pulveriza en cada fosa nasal.</p><p><img src=\"/media/spray.jpg\"></p>","blocks":null}""";

    [Fact]
    public async Task Handle_SpanishWithADefect_CancelsAndSaysWhichCulturePropertyAndFix()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, ImageWithoutAlt, "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
        var errors = Errors(notification);
        Assert.Contains(errors, m => m.StartsWith("Publishing was stopped.", StringComparison.Ordinal) && m.Contains("(es-ES): 1.", StringComparison.Ordinal));
        var finding = Assert.Single(errors, m => m.StartsWith("es-ES · howItWorks:", StringComparison.Ordinal));
        Assert.Contains("no text alternative", finding, StringComparison.Ordinal);
        Assert.Contains("How to fix: Describe what the image tells the patient", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_SpanishIntranasalPageDescribingAnInjection_BlocksSpanishOnlyAndNamesTheField()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        const string swapped = """{"markup":"<p>La ketamina intramuscular consiste en inyectar el medicamento directamente en un músculo. La inyección intramuscular permite controlar la dosis con precisión.</p>","blocks":null}""";
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, swapped, "es-ES");

        var spanish = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.True(spanish.Cancel);
        Assert.Contains(Errors(spanish), m => m.StartsWith("es-ES · howItWorks:", StringComparison.Ordinal) && m.Contains("ntramuscular", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handle_CleanCulture_GoesThroughWithoutErrors()
    {
        using var fixture = await PublishGateFixture.CreateAsync();

        var notification = fixture.Publish(fixture.IntranasalRoute, "en-GB");

        Assert.False(notification.Cancel, string.Join(Environment.NewLine, Errors(notification)));
        Assert.Empty(Errors(notification));
    }

    [Fact]
    public async Task Handle_DefectInACultureNotBeingPublished_GoesThrough()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, ImageWithoutAlt, "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "en-GB");

        Assert.False(notification.Cancel);
        Assert.DoesNotContain(Errors(notification), m => m.Contains("es-ES", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handle_SpanishSpeakingEditor_GetsMessagesInSpanish()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.EditorLanguage = "es-ES";
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, ImageWithoutAlt, "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.Contains(Errors(notification), m => m.StartsWith("Se ha detenido la publicación.", StringComparison.Ordinal));
        Assert.Contains(Errors(notification), m => m.Contains("Cómo corregirlo:", StringComparison.Ordinal) && m.Contains("texto alternativo", StringComparison.Ordinal));
        Assert.All(notification.Messages.GetAll(), m => Assert.Equal("Revisión del contenido", m.Category));
    }

    [Fact]
    public async Task Handle_ScheduledPublishWithoutAnEditor_StillBlocks()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.EditorLanguage = null;
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, ImageWithoutAlt, "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
    }

    [Fact]
    public async Task Handle_WarnSeverity_PublishesWithWarningMessages()
    {
        using var fixture = await PublishGateFixture.CreateAsync(settings: new Dictionary<string, string> { ["CarePages:Checks:Rules:image-alt-missing:Severity"] = "Warn" });
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, ImageWithoutAlt, "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.False(notification.Cancel);
        var warnings = notification.Messages.GetAll().Where(m => m.MessageType == EventMessageType.Warning).Select(m => m.Message).ToList();
        Assert.Contains(warnings, m => m.StartsWith("Published with warnings.", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.StartsWith("es-ES · howItWorks:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handle_ManyFindings_ListsAtMostTheLimitAndSaysHowManyMore()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.Options.PublishGate.MaxMessages = 3;
        var images = string.Concat(Enumerable.Range(1, 7).Select(i => $"<img src=\\\"/media/{i}.jpg\\\">"));
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, $$"""{"markup":"<p>{{images}}</p>","blocks":null}""", "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        var errors = Errors(notification);
        Assert.Equal(3, errors.Count(m => m.StartsWith("es-ES · howItWorks:", StringComparison.Ordinal)));
        Assert.Contains("4 more findings are not listed here.", errors);
    }

    [Fact]
    public async Task Handle_GateSwitchedOff_NeitherChecksNorCancels()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.Options.PublishGate.Enabled = false;
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.HowItWorks, ImageWithoutAlt, "es-ES");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.False(notification.Cancel);
        Assert.Empty(notification.Messages.GetAll());
    }

    [Fact]
    public async Task Handle_ContentOfAnotherDocumentType_IsLeftAlone()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        var article = fixture.CreateForeignDocument("newsArticle", "News");

        var notification = fixture.Publish(article);

        Assert.False(notification.Cancel);
        Assert.Empty(notification.Messages.GetAll());
    }

    [Fact]
    public async Task Handle_ValueTheChecksCannotRead_CancelsAndNamesTheField()
    {
        using var fixture = await PublishGateFixture.CreateAsync();
        fixture.IntranasalRoute.SetValue(TreatmentRouteType.ConditionsTreated, "[\"not a key\"]");

        var notification = fixture.Publish(fixture.IntranasalRoute, "es-ES");

        Assert.True(notification.Cancel);
        var error = Assert.Single(Errors(notification));
        Assert.Contains("could not be read for checking", error, StringComparison.Ordinal);
        Assert.Contains("conditionsTreated[0]", error, StringComparison.Ordinal);
    }

    private static List<string> Errors(ContentPublishingNotification notification) =>
        notification.Messages.GetAll().Where(m => m.MessageType == EventMessageType.Error).Select(m => m.Message).ToList();
}
