using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

/// <summary>The demo served by Kestrel on a free loopback port, and headless Chromium to visit it.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class DemoBrowser : IAsyncLifetime
{
    private readonly DemoAppFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!HeadlessChromium.IsInstalled)
        {
            // Only reached when the browser is required: skipped tests never create the fixture.
            throw new InvalidOperationException(BrowserRequirement.MissingMessage);
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh context (no shared focus, zoom or storage) with one page open at <paramref name="url"/>.</summary>
    public async Task<BrowserTab> OpenAsync(string url, int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var tab = new BrowserTab(await context.NewPageAsync());
        await tab.Page.GotoAsync(new Uri(BaseAddress, url).ToString());
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
