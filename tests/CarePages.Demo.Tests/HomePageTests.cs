using AngleSharp.Html.Dom;
using CarePages.Core.SampleContent;

namespace CarePages.Demo.Tests;

public class HomePageTests : IClassFixture<DemoAppFactory>
{
    private readonly DemoAppFactory _factory;

    public HomePageTests(DemoAppFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_Root_IsALanguageChooserLinkingEachCulturesHomeInItsOwnLanguage()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var links = page.QuerySelectorAll("main a[href]").ToArray();

        Assert.Equal(SampleClinic.Cultures, links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["/en-gb/", "/es-es/", "/ar/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("rtl", links[2].GetAttribute("dir"));
    }

    [Theory]
    [InlineData("en-GB", "ltr", "All pages")]
    [InlineData("es-ES", "ltr", "Todas las páginas")]
    [InlineData("ar", "rtl", "جميع الصفحات")]
    public async Task Get_CultureHome_ListsEveryPageOfThatCultureInItsLanguageAndDirection(string culture, string dir, string heading)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), $"/{culture.ToLowerInvariant()}/");

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(dir, page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.QuerySelector("main h2")!.TextContent);
        var expected = SampleClinic.Documents.Select(d => d.NameIn(culture)!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, MainLinks(page).Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.All(MainLinks(page), a => Assert.StartsWith($"/{culture.ToLowerInvariant()}/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_SpanishHome_NestsRoutesUnderTheirOverview()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/es-es/");

        Assert.NotNull(page.QuerySelector($"main li li a[href='{SampleUrls.SpanishIntranasalRoute}']"));
    }

    [Theory]
    [InlineData(SampleUrls.EnglishIntranasalRoute, "/en-gb/")]
    [InlineData(SampleUrls.SpanishIntranasalRoute, "/es-es/")]
    [InlineData(SampleUrls.ArabicIntranasalRoute, "/ar/")]
    public async Task Get_Page_HeaderAndBreadcrumbHomeLeadToTheCulturesHome(string url, string home)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), url);

        Assert.Equal(home, page.QuerySelector(".cp-site a")!.GetAttribute("href"));
        Assert.Equal(home, page.QuerySelector(".cp-breadcrumb li a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_CultureHome_HeaderNamesTheClinicWithItsLogo()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/ar/");

        Assert.Equal("Northfield Pain Clinic", page.QuerySelector(".cp-site .cp-clinic")!.TextContent);
        Assert.Equal("/demo/clinic-logo.svg", page.QuerySelector(".cp-site img")!.GetAttribute("src"));
        Assert.Equal(["/en-gb/", "/es-es/", "/ar/"], page.QuerySelectorAll(".cp-languages a").Select(a => a.GetAttribute("href")));
    }

    private static IEnumerable<AngleSharp.Dom.IElement> MainLinks(IHtmlDocument page) => page.QuerySelectorAll("main a[href]");
}
