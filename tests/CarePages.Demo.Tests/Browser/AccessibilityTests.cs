using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CarePages.Demo.Tests.Browser;

[Collection(SharedChromium.Name)]
public class AccessibilityTests
{
    // axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no wcag22a rules).
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly DemoBrowser _browser;

    public AccessibilityTests(DemoBrowser browser) => _browser = browser;

    [BrowserTheory]
    [EveryDemoPage]
    public async Task RunAxe_EveryPage_HasNoWcagAOrAAViolations(string url)
    {
        await using var tab = await _browser.OpenAsync(url);

        var result = await tab.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        Assert.True(result.Violations.Length == 0, $"{url}:\n{AxeReport.Describe(result.Violations)}");
        var ran = result.Passes.Concat(result.Incomplete).Concat(result.Inapplicable).Select(r => r.Id).ToHashSet();
        Assert.Contains("color-contrast", ran);
        Assert.Contains("target-size", ran);
    }
}
