using BenchmarkDotNet.Attributes;
// Any public type of the demo names its assembly; the benchmark host has a Program of its own.
using DemoAppFactory = CarePages.TestSupport.DemoAppFactory<CarePages.Demo.Site.DemoSiteLoader>;

namespace CarePages.Benchmarks;

/// <summary>
/// The patient pages' targets: the demo's server time for one page request (target 5 ms median), from routing through
/// reading the store, mapping the view model and rendering the Razor partials to the last byte, for one page of each
/// type in each sample culture; and the HTML size of each page (target 30 KB for a treatment route), in the
/// <see cref="HtmlSizeColumn"/>.
/// </summary>
[InProcessToolchain]
public class PageRenderBenchmarks : IDisposable
{
    // Warnings only: a log line per request would be timed with the page.
    private static readonly Dictionary<string, string> QuietLogging = new() { ["Logging:LogLevel:Default"] = "Warning" };

    private DemoAppFactory _server = null!;
    private HttpClient _client = null!;

    /// <summary>The page requested: a sample clinic page in one culture.</summary>
    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    /// <summary>The treatment overview, the intranasal route and the CRPS condition, in en-GB, es-ES and ar.</summary>
    public static IEnumerable<string> Pages { get; } =
    [
        "/en-gb/ketamine-for-hard-to-treat-pain",
        "/en-gb/ketamine-for-hard-to-treat-pain/intranasal-ketamine",
        "/en-gb/complex-regional-pain-syndrome-crps",
        "/es-es/ketamina-para-el-dolor-dificil-de-tratar",
        "/es-es/ketamina-para-el-dolor-dificil-de-tratar/ketamina-intranasal",
        "/es-es/sindrome-de-dolor-regional-complejo-sdrc",
        "/ar/ketamine-for-hard-to-treat-pain",
        "/ar/ketamine-for-hard-to-treat-pain/intranasal-ketamine",
        "/ar/crps",
    ];

    /// <summary>Starts the demo and requests the page once, so start-up and view compilation are not timed.</summary>
    [GlobalSetup]
    public async Task StartAsync()
    {
        _server = DemoAppFactory.WithSettings(QuietLogging);
        _client = _server.CreateClient();
        var response = await _client.GetAsync(new Uri(Page, UriKind.Relative));
        var html = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {Page} returned {(int)response.StatusCode}; the benchmark pages must exist in the sample clinic.");
        }

        HtmlSizeColumn.Record(Page, html.Length);
    }

    /// <summary>Stops the demo.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>One request for the page, read to the end.</summary>
    [Benchmark]
    public async Task<int> RenderPage()
    {
        var html = await _client.GetByteArrayAsync(new Uri(Page, UriKind.Relative));
        return html.Length;
    }
}
