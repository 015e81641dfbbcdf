using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

/// <summary>One page in its own browser context, closed with the context.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    public BrowserTab(IPage page) => Page = page;

    public IPage Page { get; }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
