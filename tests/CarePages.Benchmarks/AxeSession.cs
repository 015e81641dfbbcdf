using CarePages.TestSupport;
using Microsoft.Playwright;

namespace CarePages.Benchmarks;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright's driver from the NuGet package (no browser download),
/// with one page loaded and kept open so that only axe-core's run is timed.
/// </summary>
public sealed class AxeSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private AxeSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    /// <summary>The loaded page.</summary>
    public IPage Page { get; }

    /// <summary>Launches the browser and loads <paramref name="html"/> as the page's content.</summary>
    public static async Task<AxeSession> StartAsync(string html)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await HeadlessChromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync();
            await page.SetContentAsync(html);
            return new AxeSession(playwright, browser, page);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>The browser's version, for the log.</summary>
    public string BrowserVersion => _browser.Version;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
