using BenchmarkDotNet.Attributes;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Machine.Apertium;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.TestSupport;

namespace CarePages.Benchmarks;

/// <summary>
/// Issue 19's target: the machine pre-fill of the intranasal route (every field) into es-ES, the package's own overhead
/// at most 20 ms per document. Measured twice: through a local apertium-apy (engine included), and through the same
/// answers recorded from it (the package's work alone: segmenting, memory lookups, code checks, rebuild, glossary
/// check, storing in memory). Needs apertium-apy and apertium-eng-spa installed.
/// </summary>
public class MachineTranslationBenchmarks : IDisposable
{
    private static readonly Guid Route = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    private static readonly TranslationActor Translator = new("ana", "Ana García", ["es-ES"]);
    private static readonly MachinePrefillRequest RouteIntoSpanish = new([Route], "es-ES");
    private readonly ApertiumServer apertium = new();
    private readonly HttpClient http = new();
    private MachinePrefillService live = null!;
    private MachinePrefillService recorded = null!;

    /// <summary>Starts apertium-apy, records its answers for the route, and pre-fills once through each service.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        if (ApertiumServer.Missing is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        apertium.StartAsync().GetAwaiter().GetResult();
        var options = new MachineTranslationOptions { Engine = MachineTranslationEngines.Apertium, Apertium = { BaseAddress = apertium.BaseAddress } };
        var engine = new ApertiumEngine(http, options);
        live = Service(engine, options);
        recorded = Service(new RecordedEngine(engine), options);

        // The first pre-fill through the recorder asks apertium-apy and keeps its answers; later ones are served from them.
        Require(live.PrefillAsync(RouteIntoSpanish, Translator).GetAwaiter().GetResult());
        Require(recorded.PrefillAsync(RouteIntoSpanish, Translator).GetAwaiter().GetResult());
    }

    /// <summary>Stops apertium-apy.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        apertium.DisposeAsync().AsTask().GetAwaiter().GetResult();
        http.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The route pre-filled into es-ES through apertium-apy on loopback.</summary>
    [Benchmark(Description = "Pre-fill route es-ES, live Apertium")]
    public Task<MachinePrefillReport> PrefillWithApertium() => live.PrefillAsync(RouteIntoSpanish, Translator);

    /// <summary>The same with Apertium's recorded answers: the package's overhead alone.</summary>
    [Benchmark(Baseline = true, Description = "Pre-fill route es-ES, package overhead (recorded answers)")]
    public Task<MachinePrefillReport> PrefillOverhead() => recorded.PrefillAsync(RouteIntoSpanish, Translator);

    // Everything in memory, with the starter glossary (its terms checked on the way out) and an empty memory.
    private static MachinePrefillService Service(IMachineTranslationEngine engine, MachineTranslationOptions options)
    {
        var clock = TimeProvider.System;
        var states = new InMemoryTranslationStateStore();
        return new MachinePrefillService(
            new BenchmarkDraftStore(),
            states,
            new TranslationWorkflowService(states, clock),
            engine,
            clock,
            new TranslationExchangeOptions { SourceCulture = SampleClinic.SourceCulture },
            options,
            new TranslationMemoryService(new InMemoryTranslationMemoryStore()),
            new InMemoryGlossaryStore(StarterGlossary.KetamineClinic));
    }

    private static void Require(MachinePrefillReport report)
    {
        if (report.Status != MachinePrefillStatus.Success)
        {
            throw new InvalidOperationException($"The benchmark's pre-fill did not succeed: {report.Status} {string.Join(" ", report.Messages)} {(report.Documents.Count > 0 ? report.Documents[0].Reason : null)}");
        }
    }
}
