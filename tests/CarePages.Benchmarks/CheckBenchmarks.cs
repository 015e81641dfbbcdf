using BenchmarkDotNet.Attributes;
using CarePages.Core.Checks;
using CarePages.Core.Documents;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CarePages.Benchmarks;

/// <summary>
/// The CarePages check engine on a 50 KB rich-text field and on a ten-field document in three cultures, and
/// axe-core in headless Chromium on the same 50 KB. The engine's rich-text check is the baseline, so the
/// Ratio column reads "how many times the engine's time".
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in its own process and only the setup a benchmark targets, so the
/// engine benchmarks still run when the browser cannot start.
/// </remarks>
public class CheckBenchmarks
{
    /// <summary>axe-core's tags for the WCAG 2.0, 2.1 and 2.2 level A and AA rules (axe has no wcag22a rules).</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private CheckEngine _engine = null!;
    private CheckEngine _noRules = null!;
    private string _richText = string.Empty;
    private CheckRequest _richTextRequest = null!;
    private (CultureDocument Document, CheckRequest Request)[] _documents = [];
    private AxeSession? _axe;
    private AxeRunOptions _wcagOptions = null!;

    /// <summary>Builds the engine and the content, and checks each once so that lazy start-up is not timed.</summary>
    [GlobalSetup(Targets = [nameof(EngineRichText50KB), nameof(EngineNoRules50KB), nameof(EngineDocumentTenFieldsThreeCultures)])]
    public void SetUpEngine()
    {
        _engine = CheckEngine.CreateDefault();
        _noRules = new CheckEngine(new CheckRuleSetBuilder().Build());
        _richText = ClinicRichText.Html;
        _richTextRequest = new CheckRequest { Culture = ClinicRichText.Culture, Today = ClinicDocuments.Today };
        _documents = ClinicDocuments.Route
            .Select(d => (d, new CheckRequest { Culture = d.Culture, SourceDocument = ClinicDocuments.Source, Today = ClinicDocuments.Today }))
            .ToArray();
        Console.WriteLine($"// engine: {_engine.Rules.All.Count} rules; 50 KB field: {EngineRichText50KB().Findings.Count} findings; "
            + $"ten-field documents: {EngineDocumentTenFieldsThreeCultures()} findings");
    }

    /// <summary>Starts Chromium, loads the 50 KB page and runs axe-core once (which injects it into the page).</summary>
    [GlobalSetup(Targets = [nameof(AxeWcagAandAA), nameof(AxeDefaultRules)])]
    public async Task SetUpAxeAsync()
    {
        _wcagOptions = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags.ToList() } };
        _axe = await AxeSession.StartAsync(ClinicRichText.Page);
        var wcag = await AxeWcagAandAA();
        var all = await AxeDefaultRules();
        Console.WriteLine($"// axe-core {all.TestEngine?.Version} in Chromium {_axe.BrowserVersion}: "
            + $"WCAG A/AA {wcag.Violations.Length} violated rules ({string.Join(", ", wcag.Violations.Select(v => v.Id))}); "
            + $"default rules {all.Violations.Length} violated rules");
    }

    /// <summary>Closes the browser.</summary>
    [GlobalCleanup(Targets = [nameof(AxeWcagAandAA), nameof(AxeDefaultRules)])]
    public async Task CleanUpAxeAsync()
    {
        if (_axe is not null)
        {
            await _axe.DisposeAsync();
            _axe = null;
        }
    }

    /// <summary>One 50 KB rich-text field in en-GB.</summary>
    [Benchmark(Baseline = true, Description = "Engine: 50 KB rich text, en-GB")]
    public CheckReport EngineRichText50KB() => _engine.CheckRichText(_richText, _richTextRequest, "body");

    /// <summary>
    /// The same field through an engine with no rules: parsing, the size and depth guards and the element index,
    /// the floor that every rule's cost adds to.
    /// </summary>
    [Benchmark(Description = "Engine, no rules: 50 KB (parse + index)")]
    public CheckReport EngineNoRules50KB() => _noRules.CheckRichText(_richText, _richTextRequest, "body");

    /// <summary>The ten-field route in en-GB, es-ES and ar, each against the en-GB source.</summary>
    [Benchmark(Description = "Engine: 10-field document x 3 cultures")]
    public int EngineDocumentTenFieldsThreeCultures()
    {
        var findings = 0;
        foreach (var (document, request) in _documents)
        {
            findings += _engine.CheckDocument(document, request).Findings.Count;
        }

        return findings;
    }

    /// <summary>axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the loaded 50 KB page.</summary>
    [Benchmark(Description = "axe-core: WCAG 2.x A+AA, 50 KB page")]
    public Task<AxeResult> AxeWcagAandAA() => _axe!.Page.RunAxe(_wcagOptions);

    /// <summary>axe-core's default rules (everything but experimental and AAA) on the loaded 50 KB page.</summary>
    [Benchmark(Description = "axe-core: default rules, 50 KB page")]
    public Task<AxeResult> AxeDefaultRules() => _axe!.Page.RunAxe();
}
