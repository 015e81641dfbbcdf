using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CarePages.Demo.Tests;

/// <summary>Fetches a page from the demo and parses it.</summary>
internal static class HtmlPage
{
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}.");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
