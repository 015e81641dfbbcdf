using CarePages.Core.SampleContent;

namespace CarePages.Demo.Tests;

public class HomePageTests : IClassFixture<DemoAppFactory>
{
    private readonly DemoAppFactory _factory;

    public HomePageTests(DemoAppFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_Home_LinksEveryPageInEveryCultureEachInItsLanguage()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var links = page.QuerySelectorAll("main a[href]").ToArray();

        var expected = SampleClinic.Documents
            .SelectMany(d => d.Cultures.Select(c => (Culture: c, Name: d.NameIn(c)!)))
            .OrderBy(x => x.Culture, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal);
        var actual = links
            .Select(a => (Culture: a.GetAttribute("lang")!, Name: a.TextContent))
            .OrderBy(x => x.Culture, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.Equal(18, links.Length);
    }

    [Fact]
    public async Task Get_Home_GroupsPagesPerCultureWithArabicRightToLeft()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var groups = page.QuerySelectorAll("main section[lang]").ToDictionary(s => s.GetAttribute("lang")!, s => s.GetAttribute("dir"));

        Assert.Equal(SampleClinic.Cultures, groups.Keys);
        Assert.Equal("rtl", groups["ar"]);
    }

    [Fact]
    public async Task Get_Home_NestsRoutesUnderTheirOverviewsSpanishSlug()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        Assert.NotNull(page.QuerySelector($"main section[lang='es-ES'] li li a[href='{SampleUrls.SpanishIntranasalRoute}']"));
    }
}
