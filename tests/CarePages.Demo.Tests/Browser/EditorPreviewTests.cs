using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

/// <summary>
/// The demo's editor preview mounts each backoffice extension's presentational component against the demo's API:
/// each one loads real data, passes axe, and is saved as a screenshot, in English and in Arabic (right to left).
/// </summary>
[Collection(SharedChromium.Name)]
public class EditorPreviewTests(DemoBrowser browser)
{
    private const string IntranasalRoute = "92fad090-b178-4abd-bfd1-7a2b695c4f92";
    // innerText stops at shadow roots; this reads the text of the element's shadow tree and of those nested in it.
    private const string DeepText = """
        element => {
            const text = node => [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]
                .map(child => child.nodeType === Node.TEXT_NODE ? child.textContent : text(child)).join(' ');
            return text(element).replace(/\s+/g, ' ');
        }
        """;

    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Each extension's view, the component it mounts, and the interface language.</summary>
    public static TheoryData<string, string, string> Views => new()
    {
        { "accessibility", "care-pages-accessibility-findings", "ar" },
        { "accessibility", "care-pages-accessibility-findings", "en" },
        { "translation", "care-pages-translation-status", "ar" },
        { "translation", "care-pages-translation-status", "en" },
        { "dashboard", "care-pages-translation-matrix", "ar" },
        { "dashboard", "care-pages-translation-matrix", "en" },
        { "export", "care-pages-export-dialog", "ar" },
        { "export", "care-pages-export-dialog", "en" },
    };

    [BrowserTheory]
    [MemberData(nameof(Views))]
    public async Task Open_ExtensionView_ShowsTheDemoDataAccessiblyAndIsSaved(string view, string component, string ui)
    {
        await using var tab = await browser.OpenAsync($"/editor-preview?view={view}&user=lucia&ui={ui}&document={IntranasalRoute}");
        var preview = tab.Page.Locator("care-pages-editor-preview[data-state='ready']");
        await preview.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        Assert.Equal(ui, await preview.GetAttributeAsync("lang"));
        Assert.Equal(ui == "ar" ? "rtl" : "ltr", await preview.GetAttributeAsync("dir"));
        var mounted = tab.Page.Locator(component);
        Assert.Equal(1, await mounted.CountAsync());
        Assert.Empty(await tab.Page.Locator("care-pages-editor-preview [role='alert']").AllInnerTextsAsync());
        Assert.Contains("Intranasal ketamine", await mounted.EvaluateAsync<string>(DeepText), StringComparison.Ordinal);

        var axe = await tab.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        Assert.True(axe.Violations.Length == 0, $"{view} ({ui}):\n{AxeReport.Describe(axe.Violations)}");

        var file = ScreenshotFolder.FileNamed($"editor-preview-{view}-{ui}.png");
        File.Delete(file);
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 8_000, $"{file} is nearly empty.");
    }

    /// <summary>
    /// The import report a translator sees after importing a French file of the route exported with its source copied in:
    /// "ketamine" translated wherever it occurs, the rest sent back untranslated, and the English source edited after the
    /// export, so that fields come back imported, needing review, and left untranslated as copies.
    /// </summary>
    [BrowserTheory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Import_FileWithAChangedSourceAndUntranslatedCopies_ReportIsLabelledInTheInterfaceLanguageAndIsSaved(string ui)
    {
        using var api = new HttpClient { BaseAddress = browser.BaseAddress };
        api.DefaultRequestHeaders.Add("X-CarePages-User", "lucia");
        var export = await api.PostAsJsonAsync("/umbraco/care-pages/api/v1/translation/export",
            new { documentKeys = new[] { IntranasalRoute }, targetCulture = "fr-FR", copySourceToTarget = true });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"carepages-route-{ui}-{Guid.NewGuid():N}.fr-FR.xlf");
        await File.WriteAllTextAsync(file, (await export.Content.ReadAsStringAsync()).Replace("ketamine", "kétamine", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(new Uri($"/demo/edit-source?document={IntranasalRoute}", UriKind.Relative), null)).StatusCode);
        try
        {
            await using var tab = await browser.OpenAsync($"/editor-preview?view=translation&user=lucia&ui={ui}&document={IntranasalRoute}");
            await tab.Page.Locator("care-pages-editor-preview[data-state='ready']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

            await tab.Page.Locator("care-pages-translation-status #import-file").SetInputFilesAsync(file);
            await tab.Page.Locator("care-pages-translation-status uui-button[look='primary']").Last.ClickAsync();
            var report = tab.Page.Locator("care-pages-translation-status .import-report");
            await report.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

            var text = await report.EvaluateAsync<string>(DeepText);
            Assert.Contains(ui == "ar" ? "اسم الصفحة" : "Page name", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@name", text, StringComparison.Ordinal);
            Assert.DoesNotContain("benefits[", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
            Assert.Equal(1, await report.Locator("[data-outcome='ImportedNeedsReview']").CountAsync());
            Assert.True(await report.Locator("[data-outcome='SourceCopied']").CountAsync() > 0);
            var shot = ScreenshotFolder.FileNamed($"editor-preview-import-report-{ui}.png");
            File.Delete(shot);
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            Assert.True(new FileInfo(shot).Length > 8_000, $"{shot} is nearly empty.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [BrowserFact]
    public async Task Open_ClientBuilt_PageServesTheBundle()
    {
        await using var tab = await browser.OpenAsync("/editor-preview");

        var script = await tab.Page.Locator("script[type=module]").GetAttributeAsync("src");
        var response = await tab.Page.APIRequest.GetAsync(new Uri(browser.BaseAddress, script).ToString());

        Assert.Equal(200, response.Status);
        Assert.Contains("care-pages-editor-preview", await response.TextAsync(), StringComparison.Ordinal);
    }
}
