using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Storage;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Translation;

/// <summary>Source saves on Umbraco's own ContentService, with the package's tables out of reach.</summary>
public sealed class ContentSavedTranslationNotificationHandlerTests
{
    [Fact]
    public async Task Save_TranslationTablesUnavailable_SaveSucceedsAndTheAdministratorIsTold()
    {
        var log = new CapturingLoggerProvider();
        using var harness = await ClinicSite.StartAsync(sampleContent: true, settings =>
        {
            settings.LoggerFactory = log.CreateFactory();
            settings.ConfigureBuilder = builder => builder.Services.AddSingleton<ITranslationStateStore, UnavailableTranslationStateStore>();
        });
        var content = harness.GetRequiredService<IContentService>();
        var route = content.GetById(ClinicSite.IntranasalRouteKey)!;
        route.SetValue(PageBasicsComposition.Summary, "A nasal spray of ketamine, given in the clinic.", "en-GB");

        var saved = content.Save(route);

        Assert.True(saved.Success);
        Assert.Equal("A nasal spray of ketamine, given in the clinic.", content.GetById(ClinicSite.IntranasalRouteKey)!.GetValue<string>(PageBasicsComposition.Summary, "en-GB"));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error
            && e.Message.Contains(ClinicSite.IntranasalRouteKey.ToString(), StringComparison.Ordinal)
            && e.Message.Contains("could not mark its translations outdated", StringComparison.Ordinal));
    }
}
