namespace CarePages.Demo.Tests.Browser;

[Collection(SharedChromium.Name)]
public class KeyboardTests(DemoBrowser browser)
{
    [BrowserTheory]
    [EveryDemoPage]
    public async Task Tab_FirstPress_FocusesTheSkipLinkVisiblyOnScreen(string url)
    {
        await using var tab = await browser.OpenAsync(url);

        await tab.Page.Keyboard.PressAsync("Tab");

        var focused = await FocusProbe.FocusedAsync(tab.Page);
        Assert.NotNull(focused);
        Assert.Equal("cp-skip", focused.ClassName);
        Assert.True(focused.OnScreen, $"{url}: the focused skip link is not inside the viewport.");
        Assert.True(focused.HasVisibleFocusIndicator, $"{url}: the focused skip link has no focus indicator.");
    }

    [BrowserTheory]
    [EveryDemoPage]
    public async Task Tab_ThroughThePage_ReachesEveryLinkAndControlInDocumentOrder(string url)
    {
        var (stops, reached) = await TabThroughAsync(url);

        Assert.Equal(stops, reached.Select(f => f is null ? "(the document)" : f.Name));
        Assert.Equal(Enumerable.Range(0, stops.Length), reached.Select(f => f?.WalkIndex ?? -1));
    }

    [BrowserTheory]
    [EveryDemoPage]
    public async Task Tab_ThroughThePage_ShowsAFocusIndicatorOnEveryStop(string url)
    {
        var (_, reached) = await TabThroughAsync(url);

        var unmarked = reached.OfType<FocusedElement>().Where(f => !f.HasVisibleFocusIndicator)
            .Select(f => $"{f.Name}: outline {f.OutlineStyle} {f.OutlineWidth}px, box-shadow {f.BoxShadow}").ToList();
        Assert.True(unmarked.Count == 0, $"{url}: focus is not visible on\n{string.Join('\n', unmarked)}");
    }

    [BrowserTheory]
    [EveryDemoPage]
    public async Task Enter_OnTheSkipLink_MovesFocusToMainWithAVisibleIndicator(string url)
    {
        await using var tab = await browser.OpenAsync(url);
        await tab.Page.Keyboard.PressAsync("Tab");

        await tab.Page.Keyboard.PressAsync("Enter");

        var focused = await FocusProbe.FocusedAsync(tab.Page);
        Assert.NotNull(focused);
        Assert.Equal("main", focused.Id);
        Assert.True(focused.HasVisibleFocusIndicator, $"{url}: main has no focus indicator after the skip link.");
    }

    // Numbers the page's Tab stops, then presses Tab once per stop and reports what each press focused (null: the document).
    private async Task<(string[] Stops, List<FocusedElement?> Reached)> TabThroughAsync(string url)
    {
        await using var tab = await browser.OpenAsync(url);
        var stops = await FocusProbe.MarkTabStopsAsync(tab.Page);
        var reached = new List<FocusedElement?>();
        foreach (var _ in stops)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusProbe.FocusedAsync(tab.Page));
        }

        return (stops, reached);
    }
}
