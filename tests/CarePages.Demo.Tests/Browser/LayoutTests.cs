namespace CarePages.Demo.Tests.Browser;

[Collection(SharedChromium.Name)]
public class LayoutTests(DemoBrowser browser)
{
    [BrowserTheory]
    [EveryDemoPage]
    public async Task Load_320CssPixelsWide_DoesNotScrollHorizontally(string url)
    {
        await using var tab = await browser.OpenAsync(url, width: 320, height: 640);

        var overflow = await LayoutProbe.HorizontalOverflowAsync(tab.Page);

        Assert.True(overflow.Length == 0, $"{url} scrolls sideways at 320 px:\n{string.Join('\n', overflow)}");
    }

    [BrowserTheory]
    [EveryDemoPage]
    public async Task Load_TextAt200Percent_ClipsNothing(string url)
    {
        await using var tab = await browser.OpenAsync(url);

        var clipped = await LayoutProbe.ClippedAtDoubleTextAsync(tab.Page);

        Assert.True(clipped.Length == 0, $"{url} at 200% text:\n{string.Join('\n', clipped)}");
    }
}
