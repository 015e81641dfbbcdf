using CarePages.Core.Checks;
using CarePages.Demo.Tests.Browser;

namespace CarePages.Demo.Tests;

/// <summary>The demo's own rendered pages pass the package's own page checks, as <c>carepages check --field-kind page</c> runs them.</summary>
public class OwnPageChecksTests : IClassFixture<DemoAppFactory>
{
    private static readonly CheckEngine Engine = CheckEngine.CreateDefault();

    private readonly DemoAppFactory _factory;

    public OwnPageChecksTests(DemoAppFactory factory) => _factory = factory;

    [Theory]
    [EveryDemoPage]
    public async Task CheckPage_EveryRenderedPageInItsCulture_HasNoBlockOrWarnFinding(string url)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var culture = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang")!;

        var report = Engine.CheckPage(html, new CheckRequest { Culture = culture });

        var findings = report.Findings.Where(f => f.Severity is FindingSeverity.Block or FindingSeverity.Warn)
            .Select(f => $"{f.RuleId}: {f.Message} [{f.Snippet}]").ToArray();
        Assert.True(findings.Length == 0, $"{url} ({culture}):\n{string.Join('\n', findings)}");
    }
}
