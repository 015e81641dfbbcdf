using BenchmarkDotNet.Attributes;
using CarePages.Benchmarks.GeneratedSites;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.TestSupport;
using Microsoft.Extensions.DependencyInjection;
// Any public type of the demo names its assembly; the benchmark host has a Program of its own.
using DemoAppFactory = CarePages.TestSupport.DemoAppFactory<CarePages.Demo.Site.DemoSiteLoader>;

namespace CarePages.Benchmarks;

/// <summary>
/// Issue 20's target for the translation dashboard: the demo's server time for
/// <c>GET /umbraco/care-pages/api/v1/translation/matrix?cultures=</c> the five target cultures, read to the last byte, over
/// the generated site of 10,000 documents × 6 cultures (<see cref="GeneratedSite"/>, cached under the artifacts), as
/// the reviewer <c>lucia</c> (target 200 ms median). One request is one invocation. <see cref="GetMatrix"/> asks again
/// with nothing saved in between (the state store's tallies are kept in memory while its tally version stays the same);
/// <see cref="GetMatrixAfterAStateChange"/> asks right after one field's state was saved, so the tallies are read again.
/// </summary>
[InProcessToolchain]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1)]
public class MatrixApiBenchmarks : IDisposable
{
    private static readonly Uri Matrix = new(
        "/umbraco/care-pages/api/v1/translation/matrix?" + string.Join('&', GeneratedSite.TargetCultures.Select(c => $"cultures={c}")), UriKind.Relative);

    private string _database = string.Empty;
    private DemoAppFactory _server = null!;
    private HttpClient _client = null!;

    /// <summary>Makes or reuses the site, starts the demo on a copy of it and asks for the matrix once.</summary>
    [GlobalSetup]
    public async Task StartAsync()
    {
        var site = await GeneratedSite.EnsureAsync(GeneratedSite.DefaultDocuments, BenchmarkArtifacts.GeneratedSites);
        _database = TempDatabase.NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(_database)!);
        File.Copy(site, _database);
        var settings = new Dictionary<string, string>(GeneratedSite.DemoSettings) { ["Logging:LogLevel:Default"] = "Warning" };
        _server = DemoAppFactory.OnFile(_database, settings);
        _client = _server.CreateClient();
        _client.DefaultRequestHeaders.Add("X-CarePages-User", "lucia");
        _client.Timeout = TimeSpan.FromMinutes(5);
        var first = System.Diagnostics.Stopwatch.StartNew();
        var response = await _client.GetAsync(Matrix);
        var body = await response.Content.ReadAsStringAsync();
        Console.WriteLine($"// first request after start-up (every document read once for its summary): {first.Elapsed.TotalSeconds:F1} s");
        if (!response.IsSuccessStatusCode || !body.Contains("\"pl-PL\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {Matrix} returned {(int)response.StatusCode} without the pl-PL column: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    /// <summary>Before each request of <see cref="GetMatrixAfterAStateChange"/>: one field of the probe document changes status.</summary>
    [IterationSetup(Target = nameof(GetMatrixAfterAStateChange))]
    public void ChangeOneState()
    {
        var states = _server.Services.GetRequiredService<ITranslationStateStore>();
        var stored = states.GetByDocumentAsync(GeneratedSite.ProbeDocument(GeneratedSite.DefaultDocuments)).GetAwaiter().GetResult()[0];
        var status = stored.Status == TranslationStatus.Approved ? TranslationStatus.InReview : TranslationStatus.Approved;
        states.SaveAsync([stored with { Status = status, ChangedAt = stored.ChangedAt?.AddSeconds(1) }], []).GetAwaiter().GetResult();
    }

    /// <summary>Stops the demo and deletes the copy.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
        TempDatabase.Delete(_database);
        GC.SuppressFinalize(this);
    }

    /// <summary>One request for the matrix, read to the end.</summary>
    [Benchmark(Description = "GET translation/matrix, 10,000 documents x 5 target cultures")]
    public async Task<int> GetMatrix()
    {
        var json = await _client.GetByteArrayAsync(Matrix);
        return json.Length;
    }

    /// <summary>The same request right after a state was saved.</summary>
    [Benchmark(Description = "GET translation/matrix after one state changed")]
    public Task<int> GetMatrixAfterAStateChange() => GetMatrix();
}
