using System.Text.Json;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Drafts;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Checks.Drafts;

public sealed class DraftCheckServiceTests
{
    private readonly InMemoryDraftContentStore _drafts = new();

    [Fact]
    public async Task CheckAsync_NoCulturesNamed_ChecksEveryCultureOfTheDraftSourceFirst()
    {
        var response = await Service().CheckAsync(IntranasalRouteKey, []);

        Assert.NotNull(response);
        Assert.Equal(["en-GB", "es-ES", "ar"], response.Cultures.Select(c => c.Culture));
        Assert.Equal(("Intranasal ketamine", TreatmentRouteType.Alias, Start), (response.Name, response.ContentTypeAlias, response.CheckedAt));
    }

    [Fact]
    public async Task CheckAsync_ImageWithoutAltInTheSpanishDraft_BlocksSpanishOnlyAndNamesTheProperty()
    {
        WithSpanishHowItWorks("<p>Cómo funciona.</p><img src=\"/media/spray.png\">");

        var response = (await Service().CheckAsync(IntranasalRouteKey, ["es-ES", "en-GB"]))!;

        Assert.Equal(["es-ES", "en-GB"], response.Cultures.Select(c => c.Culture));
        var spanish = response.Cultures[0];
        var finding = spanish.Findings.First(f => f.RuleId == "image-alt-missing");
        Assert.Equal((FindingSeverity.Block, TreatmentRouteType.HowItWorks, "How it works"), (finding.Severity, finding.Property, finding.PropertyName));
        Assert.Equal(spanish.Findings.Count(f => f.Severity == FindingSeverity.Block), spanish.Blockers);
        Assert.DoesNotContain(response.Cultures[1].Findings, f => f.RuleId == "image-alt-missing");
    }

    [Fact]
    public async Task CheckAsync_UiCultureFrench_MessagesInFrench()
    {
        WithSpanishHowItWorks("<img src=\"/media/spray.png\">");

        var english = (await Service().CheckAsync(IntranasalRouteKey, ["es-ES"]))!.Cultures[0].Findings.First(f => f.RuleId == "image-alt-missing");
        var french = (await Service().CheckAsync(IntranasalRouteKey, ["es-ES"], "fr"))!.Cultures[0].Findings.First(f => f.RuleId == "image-alt-missing");

        Assert.NotEqual(english.Message, french.Message);
    }

    [Fact]
    public async Task CheckAsync_ACultureTheDraftDoesNotHave_IsLeftOut()
    {
        var response = (await Service().CheckAsync(IntranasalRouteKey, ["fr-FR", "ar"]))!;

        Assert.Equal(["ar"], response.Cultures.Select(c => c.Culture));
    }

    [Fact]
    public async Task CheckAsync_UnknownDocument_IsNull() =>
        Assert.Null(await Service().CheckAsync(Guid.NewGuid(), []));

    private DraftCheckService Service() =>
        new(_drafts, CheckEngine.CreateDefault(), new TranslationExchangeOptions(), new FixedTimeProvider(Start));

    private void WithSpanishHowItWorks(string html) =>
        _drafts[IntranasalRouteKey] = _drafts[IntranasalRouteKey].WithValue(TreatmentRouteType.HowItWorks, "es-ES", JsonSerializer.SerializeToElement(html));
}
