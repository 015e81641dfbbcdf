using CarePages.Core.Rendering;
using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

[Collection(SharedChromium.Name)]
public class ScreenshotTests(DemoBrowser browser)
{
    private const int Width = 1280;

    // A PNG file starts with these eight bytes; its IHDR chunk then gives the width and height at bytes 16..23.
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Each page type in a left-to-right and a right-to-left culture.</summary>
    public static TheoryData<string, string> PageTypes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var pageType in new[] { "treatment-overview", "treatment-route", "condition", "not-found" })
            {
                data.Add(pageType, "en-GB");
                data.Add(pageType, "ar");
            }

            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Screenshot_PageTypeInCulture_IsSavedAsAFullPagePng(string pageType, string culture)
    {
        await using var tab = await browser.OpenAsync(UrlOf(pageType, culture), width: Width);
        var file = ScreenshotFolder.FileNamed($"{pageType}-{culture.ToLowerInvariant()}.png");

        var png = await SaveFullPageAsync(tab, file, Width);

        Assert.True(BigEndian(png, 20) >= 400, $"{file} is only {BigEndian(png, 20)} px high.");
        Assert.True(png.Length > 8_000, $"{file} has only {png.Length} bytes: an empty page?");
    }

    /// <summary>The intranasal ketamine route in each sample culture, on a phone and on a desktop.</summary>
    public static TheoryData<string, string, int> RoutePageWidths
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var (culture, url) in new[] { ("en-GB", SampleUrls.EnglishIntranasalRoute), ("es-ES", SampleUrls.SpanishIntranasalRoute), ("ar", SampleUrls.ArabicIntranasalRoute) })
            {
                data.Add(culture, url, 390);
                data.Add(culture, url, 1280);
            }

            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(RoutePageWidths))]
    public async Task Screenshot_RoutePageAtPhoneAndDesktopWidth_IsSavedWithTheCallToBookOnTheFirstScreen(string culture, string url, int width)
    {
        // 844 CSS px: the height of a common 390 px phone's screen.
        await using var tab = await browser.OpenAsync(url, width: width, height: 844);
        var file = ScreenshotFolder.FileNamed($"route-intranasal-{culture.ToLowerInvariant()}-{width}.png");

        await SaveFullPageAsync(tab, file, width);

        var callBottom = await tab.Page.EvaluateAsync<double>("() => document.querySelector('a.cp-call-first-phone').getBoundingClientRect().bottom");
        Assert.True(callBottom <= 844, $"{url} at {width} px: the call-to-book link ends at {callBottom} px, below the first screen.");
    }

    // Writes the whole page to file and checks it is a PNG of the page's width.
    private static async Task<byte[]> SaveFullPageAsync(BrowserTab tab, string file, int width)
    {
        File.Delete(file);
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal(width, BigEndian(png, 16));
        return png;
    }

    private static string UrlOf(string pageType, string culture) => pageType switch
    {
        "treatment-overview" => DemoPageCatalogue.FirstPageOf(PageKind.TreatmentOverview, culture),
        "treatment-route" => DemoPageCatalogue.FirstPageOf(PageKind.TreatmentRoute, culture),
        "condition" => DemoPageCatalogue.FirstPageOf(PageKind.Condition, culture),
        _ => DemoPageCatalogue.NotFoundUrl(culture),
    };

    private static int BigEndian(byte[] bytes, int offset) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset, 4));
}
