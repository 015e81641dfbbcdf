using System.Text.Json;
using AngleSharp.Html.Dom;

namespace CarePages.Demo.Tests;

public class StructuredDataTests : IClassFixture<DemoAppFactory>
{
    private readonly DemoAppFactory _factory;

    public StructuredDataTests(DemoAppFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_RoutePage_WritesTheScriptTypeLiterally()
    {
        var html = await _factory.CreateClient().GetStringAsync(new Uri(SampleUrls.EnglishIntranasalRoute, UriKind.Relative));

        Assert.Contains("<script type=\"application/ld+json\">{", html, StringComparison.Ordinal);
    }

    private static JsonElement JsonLd(IHtmlDocument page)
    {
        var script = Assert.Single(page.Head!.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public async Task Get_EveryPage_DescribesItselfAsAMedicalWebPageInItsLanguageAtItsCanonicalUrl()
    {
        var client = _factory.CreateClient();
        var urls = Browser.DemoPageCatalogue.ContentPages.ToArray();

        foreach (var url in urls)
        {
            var page = await HtmlPage.GetAsync(client, url);
            var json = JsonLd(page);

            Assert.Equal("MedicalWebPage", json.GetProperty("@type").GetString());
            Assert.Equal(page.DocumentElement.GetAttribute("lang"), json.GetProperty("inLanguage").GetString());
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), json.GetProperty("url").GetString());
            Assert.Equal(page.QuerySelector("h1")!.TextContent, json.GetProperty("name").GetString());
            Assert.True(json.TryGetProperty("about", out _), $"{url} does not say what it is about.");
        }
    }

    [Fact]
    public async Task Get_ArabicRoutePage_NamesTheDrugAndHowItIsGivenInArabic()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), SampleUrls.ArabicIntranasalRoute);

        var drug = JsonLd(page).GetProperty("about").GetProperty("drug");

        Assert.Equal("Drug", drug.GetProperty("@type").GetString());
        var route = page.QuerySelector(".cp-facts dd:nth-of-type(2)")!.TextContent;
        Assert.Contains(drug.GetProperty("administrationRoute").GetString()!, route, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RoutePage_LastReviewedMatchesTheReviewDateShownToPatients()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), SampleUrls.SpanishIntranasalRoute);

        var shown = page.QuerySelector(".cp-review time")!.GetAttribute("datetime");

        Assert.Equal(shown, JsonLd(page).GetProperty("lastReviewed").GetString());
    }
}
