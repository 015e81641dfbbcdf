using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Publishing;

/// <summary>
/// The sample clinic on Umbraco's own services, its overview published, and publishes made the way an editor makes
/// them: the draft saved through <c>IContentService</c>, then published through <c>IContentPublishingService</c> with
/// the editor signed in. What the gates said is read from the <see cref="ContentPublishingNotification"/> Umbraco raised.
/// </summary>
internal sealed class PublishGateFixture : IDisposable
{
    public static readonly Guid IntranasalRouteKey = ClinicSite.IntranasalRouteKey;

    private readonly Dictionary<string, IUser> _editors = [];
    private IContent? _route;

    private PublishGateFixture(UmbracoHarness harness) => Harness = harness;

    public UmbracoHarness Harness { get; }

    /// <summary>The site's CarePages options, as the gates read them (changes apply to the next publish).</summary>
    public CarePagesOptions Options => Harness.GetRequiredService<IOptionsMonitor<CarePagesOptions>>().CurrentValue;

    /// <summary>The UI language of the editor who publishes; null for scheduled publishing (no user).</summary>
    public string? EditorLanguage { get; set; } = "en-US";

    /// <summary>The intranasal route's draft; change it, then <see cref="Publish"/> saves and publishes it.</summary>
    public IContent IntranasalRoute => _route ??= Harness.GetRequiredService<IContentService>().GetById(IntranasalRouteKey)!;

    public static FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Starts the clinic with <paramref name="settings"/> (appsettings keys); with <paramref name="approveSpanish"/>, every
    /// Spanish field of the route is approved by a reviewer.
    /// </summary>
    public static async Task<PublishGateFixture> CreateAsync(bool approveSpanish = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false, configure: s =>
        {
            s.ConfigureBuilder = b => b.Services.AddSingleton<TimeProvider>(Clock);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                s.Configuration[key] = value;
            }
        });
        try
        {
            await harness.PublishOverviewAsync();
            if (approveSpanish)
            {
                await harness.ApproveAllAsync(IntranasalRouteKey, "es-ES");
            }

            return new PublishGateFixture(harness);
        }
        catch
        {
            harness.Dispose();
            throw;
        }
    }

    /// <summary>Saves <paramref name="content"/> and publishes <paramref name="cultures"/> (none: an invariant publish).</summary>
    public ContentPublishingNotification Publish(IContent content, params string[] cultures) =>
        PublishAsync(content, cultures).GetAwaiter().GetResult();

    /// <summary>As <see cref="Publish"/>.</summary>
    public async Task<ContentPublishingNotification> PublishAsync(IContent content, params string[] cultures)
    {
        ArgumentNullException.ThrowIfNull(content);
        var contentService = Harness.GetRequiredService<IContentService>();
        if (content.IsDirty() || !content.HasIdentity)
        {
            Assert.True(contentService.Save(content).Success);
        }

        using var signedIn = EditorLanguage is { } language ? Harness.Site.BackOffice.SignIn(Editor(language)) : null;
        var before = Harness.Site.Notifications.Count;
        var models = cultures.Length == 0 ? [new CulturePublishScheduleModel { Culture = null }] : cultures.Select(c => new CulturePublishScheduleModel { Culture = c }).ToArray();
        await Harness.GetRequiredService<IContentPublishingService>().PublishAsync(content.Key, models, Constants.Security.SuperUserKey);
        _route = null;
        return Harness.Site.Notifications.Skip(before).OfType<ContentPublishingNotification>().SingleOrDefault()
            ?? throw new InvalidOperationException("Umbraco raised no ContentPublishingNotification: it refused the publish before the gates (see its status).");
    }

    /// <summary>A saved document of a content type that is not CarePages' (created through Umbraco's content type service).</summary>
    public IContent CreateForeignDocument(string typeAlias, string name)
    {
        var type = Harness.CreateForeignContentTypeAsync(typeAlias, typeAlias).GetAwaiter().GetResult();
        var document = new Content(name, -1, type);
        Assert.True(Harness.GetRequiredService<IContentService>().Save(document).Success);
        return document;
    }

    public void Dispose() => Harness.Dispose();

    private IUser Editor(string language)
    {
        if (!_editors.TryGetValue(language, out var editor))
        {
            var group = Harness.Users.AddGroup("editors" + _editors.Count, HarnessUsers.AllDocumentPermissions);
            editor = Harness.Users.AddUser("Editor " + language, [group]);
            editor.Language = language;
            _editors[language] = editor;
        }

        return editor;
    }
}
