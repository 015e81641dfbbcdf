using System.Net;
using CarePages.Core.SampleContent;

namespace CarePages.Demo.Tests;

public class PageTests : IClassFixture<DemoAppFactory>
{
    private readonly DemoAppFactory _factory;

    public PageTests(DemoAppFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_SpanishRoutePage_IsInSpanishWithItsSpanishNameAsTheOnlyH1()
    {
        var spanishName = SampleClinic.Documents.Single(d => d.Id == new Guid("92fad090-b178-4abd-bfd1-7a2b695c4f92")).NameIn("es-ES");

        var page = await HtmlPage.GetAsync(_factory.CreateClient(), SampleUrls.SpanishIntranasalRoute);

        Assert.Equal("es-ES", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(spanishName, h1.TextContent);
        Assert.Equal("Saltar al contenido", page.QuerySelector("a[href='#main']")!.TextContent);
    }

    [Fact]
    public async Task Get_ArabicRoutePage_IsRightToLeftWithATapToCallNumberIsolatedLeftToRight()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), SampleUrls.ArabicIntranasalRoute);

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var call = page.QuerySelector(".cp-booking a[href^='tel:+']");
        Assert.NotNull(call);
        Assert.Equal("ltr", call.QuerySelector("bdi")?.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector(".cp-facts dd bdi"));
    }

    [Fact]
    public async Task Get_EveryPage_HasOneH1AndHreflangAlternatesThatPointBackAtIt()
    {
        var client = _factory.CreateClient();
        var urls = Browser.DemoPageCatalogue.ContentPages.ToArray();
        Assert.NotEmpty(urls);

        foreach (var url in urls)
        {
            var page = await HtmlPage.GetAsync(client, url);
            Assert.Single(page.QuerySelectorAll("h1"));
            var alternates = Alternates(page);
            Assert.Equal(url, alternates[page.DocumentElement.GetAttribute("lang")!]);
            Assert.True(alternates.ContainsKey("x-default"), $"{url} has no x-default alternate.");
            foreach (var (hreflang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                var other = Alternates(await HtmlPage.GetAsync(client, href));
                Assert.True(other.ContainsValue(url), $"{href} ({hreflang}) does not link back to {url}.");
            }
        }
    }

    [Fact]
    public async Task Get_RoutePage_LanguageSwitcherLinksCarryTheirOwnLangAndHreflang()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), SampleUrls.EnglishIntranasalRoute);

        var links = page.QuerySelectorAll(".cp-languages a").ToArray();

        Assert.Equal(["en-GB", "es-ES", "ar"], links.Select(a => a.GetAttribute("lang")));
        Assert.All(links, a => Assert.Equal(a.GetAttribute("lang"), a.GetAttribute("hreflang")));
        Assert.Equal("العربية", links[2].TextContent);
        Assert.Equal(SampleUrls.SpanishIntranasalRoute, links[1].GetAttribute("href"));
    }

    [Theory]
    [InlineData("/es-es/no-such-page")]
    [InlineData("/fr-fr/ketamine-for-hard-to-treat-pain")]
    [InlineData("/en-gb/ketamine-for-hard-to-treat-pain/no-such-route")]
    public async Task Get_UnknownCultureOrPath_Returns404Page(string url)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownPageInSpanish_SaysNotFoundInSpanish()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/es-es/no-such-page", UriKind.Relative));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"es-ES\"", html, StringComparison.Ordinal);
        Assert.Contains("Página no encontrada", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PageInACultureTheSiteDoesNotPublish_SaysNotFoundInThatLanguage()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/fr-fr/ketamine-for-hard-to-treat-pain", UriKind.Relative));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("lang=\"fr-FR\"", html, StringComparison.Ordinal);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RoutePageStylesheet_IsServedFromThePackagesOwnPathNotTheSitesCssFolder()
    {
        var client = _factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, SampleUrls.SpanishIntranasalRoute);
        var href = Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]")).GetAttribute("href")!;

        var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        var atSiteCssFolder = await client.GetAsync(new Uri("/css/carepages.css", UriKind.Relative));

        Assert.StartsWith("/App_Plugins/CarePages", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("margin-inline", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, atSiteCssFolder.StatusCode);
    }

    /// <summary>The page's hreflang alternates as paths, after checking each is an absolute URL on the requested host.</summary>
    private static Dictionary<string, string> Alternates(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => PathOf(l.GetAttribute("href")!));

    private static string PathOf(string absoluteUrl)
    {
        Assert.True(Uri.TryCreate(absoluteUrl, UriKind.Absolute, out var uri), $"{absoluteUrl} is not absolute.");
        Assert.Equal("localhost", uri.Host);
        return uri.AbsolutePath;
    }
}
