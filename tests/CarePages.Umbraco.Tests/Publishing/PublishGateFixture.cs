using CarePages.Core.Checks;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Publishing;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Tests.Publishing;

/// <summary>
/// The sample clinic imported as real Umbraco content, and a publish of chosen cultures raised the way
/// ContentService raises it: cultures staged with PublishCulture, then a ContentPublishingNotification.
/// </summary>
internal sealed class PublishGateFixture
{
    public static readonly Guid IntranasalRouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    private static readonly CultureImpactFactory CultureImpacts = new(Mock.Of<IOptionsMonitor<ContentSettings>>(o => o.CurrentValue == new ContentSettings()));

    private PublishGateFixture(FakeUmbracoSite site) => Site = site;

    public FakeUmbracoSite Site { get; }

    public CarePagesOptions Options { get; } = new();

    /// <summary>The UI language of the editor who publishes; null for scheduled publishing (no user).</summary>
    public string? EditorLanguage { get; set; } = "en-US";

    public IContent IntranasalRoute => Site.Documents[IntranasalRouteKey];

    public static async Task<PublishGateFixture> CreateAsync()
    {
        var site = new FakeUmbracoSite();
        await site.CreateSchemaInstaller().InstallAsync();
        site.Options.Install.SampleContent = true;
        var import = await site.CreateSampleContentImporter().ImportAsync(SampleClinic.Documents);
        Assert.True(import.Success);
        return new PublishGateFixture(site);
    }

    /// <summary>The translation states the translation gate reads.</summary>
    public InMemoryTranslationStateStore TranslationStates { get; } = new();

    public FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public TranslationWorkflowService Workflow => new(TranslationStates, Clock);

    /// <summary>Stages <paramref name="cultures"/> of <paramref name="content"/> for publishing and runs the content checks' gate.</summary>
    public ContentPublishingNotification Publish(IContent content, params string[] cultures)
    {
        var notification = Stage(content, cultures);
        new ContentPublishingChecksNotificationHandler(CheckEngine.CreateDefault(Options.Checks, Clock), OptionsMonitor, DefaultCulture, Security()).Handle(notification);
        return notification;
    }

    /// <summary>Stages <paramref name="cultures"/> of <paramref name="content"/> for publishing and runs the translation gate.</summary>
    public async Task<ContentPublishingNotification> PublishTranslationsAsync(IContent content, params string[] cultures)
    {
        var notification = Stage(content, cultures);
        await new ContentPublishingTranslationNotificationHandler(Workflow, OptionsMonitor, DefaultCulture, Security()).HandleAsync(notification, CancellationToken.None);
        return notification;
    }

    private IOptionsMonitor<CarePagesOptions> OptionsMonitor => Mock.Of<IOptionsMonitor<CarePagesOptions>>(o => o.CurrentValue == Options);

    private static IDefaultCultureAccessor DefaultCulture => Mock.Of<IDefaultCultureAccessor>(d => d.DefaultCulture == SampleClinic.SourceCulture);

    private ContentPublishingNotification Stage(IContent content, string[] cultures)
    {
        foreach (var culture in cultures)
        {
            var impact = CultureImpacts.Create(culture, culture == SampleClinic.SourceCulture, content);
            Assert.True(content.PublishCulture(impact, DateTime.UtcNow, Site.PropertyEditors));
        }

        return new ContentPublishingNotification(content, new EventMessages());
    }

    private IBackOfficeSecurityAccessor Security()
    {
        var security = new Mock<IBackOfficeSecurityAccessor>();
        if (EditorLanguage is { } language)
        {
            security.SetupGet(s => s.BackOfficeSecurity!.CurrentUser).Returns(Mock.Of<IUser>(u => u.Language == language));
        }

        return security.Object;
    }
}
