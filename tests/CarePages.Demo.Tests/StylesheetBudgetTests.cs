using AngleSharp.Html.Parser;
using CarePages.Demo.Tests.Browser;

namespace CarePages.Demo.Tests;

public class StylesheetBudgetTests : IClassFixture<DemoAppFactory>
{
    private const int BudgetBytes = 15 * 1024;

    private readonly DemoAppFactory _factory;

    public StylesheetBudgetTests(DemoAppFactory factory) => _factory = factory;

    [Theory]
    [EveryDemoPage]
    public async Task Get_EveryPage_LinksAtMost15KBOfCssInAll(string url)
    {
        var client = _factory.CreateClient();
        var html = await (await client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();
        var stylesheets = (await new HtmlParser().ParseDocumentAsync(html))
            .QuerySelectorAll("link[rel~='stylesheet'][href]").Select(l => l.GetAttribute("href")!).Distinct().ToArray();

        var sizes = new Dictionary<string, int>();
        foreach (var href in stylesheets)
        {
            sizes[href] = (await client.GetByteArrayAsync(new Uri(href, UriKind.RelativeOrAbsolute))).Length;
        }

        Assert.NotEmpty(sizes);
        Assert.True(sizes.Values.Sum() <= BudgetBytes, $"{url} links {sizes.Values.Sum()} bytes of CSS: {string.Join(", ", sizes)}");
    }
}
