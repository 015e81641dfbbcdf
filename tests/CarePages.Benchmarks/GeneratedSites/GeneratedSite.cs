using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// A deterministic demo site of n documents in six cultures, for the benchmarks and the load test (issue 20): copies of
/// the sample clinic's six documents (a treatment overview with its two routes, three conditions) with new keys, numbered
/// names and a few English words swapped per copy, in en-GB (source), es-ES and ar as the sample is written and fr-FR,
/// de-DE and pl-PL as <see cref="PseudoTranslation"/>s; about 8% with a defect (<see cref="DocumentPlan"/>); and the
/// translation states of every field (<see cref="GeneratedStates"/>). Saved as the demo saves: documents through
/// <see cref="Demo.Storage.SqliteContentStore.SaveAsync"/>, the first copy's es-ES and ar approved through the workflow
/// as the demo seeds them, the other states through the state store in bulk (no audit trail for those).
/// </summary>
public static class GeneratedSite
{
    /// <summary>Raised whenever the generated content changes, so cached files are made again.</summary>
    public const int GeneratorVersion = 2;

    /// <summary>The site size of issue 20.</summary>
    public const int DefaultDocuments = 10_000;

    private const int StatesPerSave = 20_000;

    /// <summary>The source culture.</summary>
    public static string SourceCulture => SampleClinic.SourceCulture;

    /// <summary>The six cultures, source first: the sample's three, the demo's French, then German and Polish.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["en-GB", "es-ES", "ar", "fr-FR", "de-DE", "pl-PL"];

    /// <summary>The five target cultures.</summary>
    public static IReadOnlyList<string> TargetCultures { get; } = Cultures.Skip(1).ToArray();

    /// <summary>The cultures the sample is not written in: <see cref="PseudoTranslation"/>s of the English.</summary>
    public static IReadOnlyList<string> PseudoTranslatedCultures { get; } = ["fr-FR", "de-DE", "pl-PL"];

    /// <summary>The cultures the demo does not have as languages unless told (<c>CarePagesDemo:AdditionalCultures</c>).</summary>
    public static IReadOnlyList<string> DemoAdditionalCultures { get; } = ["de-DE", "pl-PL"];

    /// <summary>The demo's settings for the site: its additional cultures.</summary>
    public static IReadOnlyDictionary<string, string> DemoSettings { get; } = DemoAdditionalCultures
        .Select((culture, i) => (Key: $"CarePagesDemo:AdditionalCultures:{i}", culture))
        .ToDictionary(s => s.Key, s => s.culture);

    /// <summary>The Monday of the week of <paramref name="day"/>: review dates are set from it, and cached files are per week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The cached file of a site of <paramref name="documents"/> documents generated in the week of <paramref name="asOf"/>.</summary>
    public static string PathFor(int documents, string folder, DateOnly asOf) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"generated-site-v{GeneratorVersion}-n{documents}-{WeekOf(asOf):yyyy-MM-dd}.db"));

    /// <summary>The report written beside <paramref name="databasePath"/>.</summary>
    public static string ReportPath(string databasePath) => databasePath + ".txt";

    /// <summary>
    /// The path of the site of <paramref name="documents"/> documents in <paramref name="folder"/>, generated now unless a
    /// complete file of this generator version, size and week is there (older ones of that size are deleted).
    /// </summary>
    public static async Task<string> EnsureAsync(int documents, string folder, CancellationToken cancellationToken = default)
    {
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var path = PathFor(documents, folder, asOf);
        if (File.Exists(path) && File.Exists(ReportPath(path)))
        {
            return path;
        }

        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, string.Create(CultureInfo.InvariantCulture, $"generated-site-v*-n{documents}-*")))
        {
            File.Delete(stale);
        }

        // Written where fsync is cheap (tmpfs when there is one), then moved: a cached file is always complete.
        var scratch = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"carepages-generated-{Guid.NewGuid():N}.db");
        try
        {
            var report = await GenerateAsync(documents, scratch, asOf, cancellationToken);
            File.Move(scratch, path, overwrite: true);
            await report.WriteAsync(ReportPath(path), cancellationToken);
        }
        finally
        {
            File.Delete(scratch);
        }

        return path;
    }

    /// <summary>Writes the site of <paramref name="documents"/> documents to the new file <paramref name="path"/>.</summary>
    /// <remarks>
    /// Documents and their states are worked out on another thread while this one saves the previous ones: the state
    /// store's inserts take most of the time, and the machine has two cores.
    /// </remarks>
    public static async Task<GeneratedSiteReport> GenerateAsync(int documents, string path, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documents);
        var clock = Stopwatch.StartNew();
        var report = Header(documents, asOf);
        var planned = Channel.CreateBounded<GeneratedDocument>(new BoundedChannelOptions(256) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(documents, WeekOf(asOf), planned.Writer, stop.Token), stop.Token);
        var states = new List<FieldTranslationState>(StatesPerSave + 1000);
        var store = await GeneratedSiteStore.CreateAsync(path, cancellationToken);
        try
        {
            await foreach (var (plan, document, documentStates) in planned.Reader.ReadAllAsync(cancellationToken))
            {
                await store.Content.SaveAsync(document, cancellationToken);
                Tally(report, document, plan, documentStates);
                var bulk = documentStates;
                if (plan.Copy == 0)
                {
                    // The sample itself: es-ES and ar recorded as the demo seeds them, which the planned states must equal.
                    await store.ApproveSampleAsync(document, cancellationToken);
                    var seeded = documentStates.Where(s => SampleClinicTeam.Translators.ContainsKey(s.Culture)).ToArray();
                    Agree(seeded, await store.States.GetByDocumentAsync(document.Id, cancellationToken));
                    bulk = documentStates.Where(s => !SampleClinicTeam.Translators.ContainsKey(s.Culture)).ToArray();
                }

                states.AddRange(bulk);
                if (states.Count >= StatesPerSave)
                {
                    await store.States.SaveAsync(states, [], cancellationToken);
                    states.Clear();
                }
            }

            await producer;
            await store.States.SaveAsync(states, [], cancellationToken);
            var (storedDocuments, storedStates) = await store.FinishAsync(cancellationToken);
            report.Set("stored-documents", storedDocuments).Set("stored-states", storedStates);
        }
        finally
        {
            // Stops the producer when saving failed (it may be waiting for room in the channel).
            await stop.CancelAsync();
            await store.DisposeAsync();
        }

        return report.Set("generation-seconds", Math.Round(clock.Elapsed.TotalSeconds, 1)).Set("bytes", new FileInfo(path).Length);
    }

    /// <summary>The key of the intranasal route of the middle copy: the document the load test checks and asks the status of.</summary>
    public static Guid ProbeDocument(int documents)
    {
        var sampleSize = SiteTemplate.All.Count;
        var route = SiteTemplate.All.First(t => t.Sample.DocumentType.Id == TreatmentRouteType.Key
            && (t.Sample.NameIn(SourceCulture) ?? string.Empty).Contains("intranasal", StringComparison.OrdinalIgnoreCase)).Sample.Id;
        return GeneratedDocuments.KeyInCopy(route, documents / sampleSize / 2);
    }

    private static async Task ProduceAsync(int documents, DateOnly week, ChannelWriter<GeneratedDocument> writer, CancellationToken cancellationToken)
    {
        var sampleSize = SiteTemplate.All.Count;
        try
        {
            for (var first = 0; first < documents; first += sampleSize)
            {
                var inCopy = Math.Min(sampleSize, documents - first);
                var generated = SiteTemplate.All.Take(inCopy).Select(t => t.Sample.Id).ToHashSet();
                for (var index = first; index < first + inCopy; index++)
                {
                    var plan = DocumentPlan.For(index, sampleSize);
                    var document = GeneratedDocuments.Create(plan, week, generated);
                    await writer.WriteAsync(new GeneratedDocument(plan, document, GeneratedStates.Of(document, plan, TargetCultures).ToArray()), cancellationToken);
                }
            }

            writer.Complete();
        }
        catch (Exception error)
        {
            writer.Complete(error);
            throw;
        }
    }

    private static GeneratedSiteReport Header(int documents, DateOnly asOf) => new GeneratedSiteReport()
        .Set("generator-version", GeneratorVersion)
        .Set("documents", documents)
        .Set("as-of-week", WeekOf(asOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .Set("cultures", string.Join(',', Cultures))
        .Set("target-cultures", string.Join(',', TargetCultures))
        .Set("demo-additional-cultures", string.Join(',', DemoAdditionalCultures))
        .Set("probe-document", ProbeDocument(documents));

    private static void Tally(GeneratedSiteReport report, MultiCultureDocument document, DocumentPlan plan, IEnumerable<FieldTranslationState> states)
    {
        report.Count($"documents.{CarePagesSchema.FindContentType(document.DocumentType.Id)!.Alias}");
        report.Count("culture-variants", document.Cultures.Count());
        if (plan.Defect != SiteDefect.None)
        {
            report.Count("defective-documents");
            report.Count($"defects.{plan.Defect}");
        }

        if (plan.Progress != TranslationProgress.Approved)
        {
            report.Count($"progress.{plan.Progress}");
        }

        foreach (var group in states.GroupBy(s => s.EffectiveStatus))
        {
            report.Count($"states.{group.Key}", group.Count());
        }
    }

    // The planned states of the sample's own translations must be what the workflow recorded, but for the time.
    private static void Agree(IEnumerable<FieldTranslationState> bulk, IReadOnlyList<FieldTranslationState> recorded)
    {
        var expected = bulk.Select(s => s with { ChangedAt = null }).OrderBy(s => s.Culture, StringComparer.Ordinal).ThenBy(s => s.Path.Value, StringComparer.Ordinal).ToArray();
        var actual = recorded.Select(s => s with { ChangedAt = null }).OrderBy(s => s.Culture, StringComparer.Ordinal).ThenBy(s => s.Path.Value, StringComparer.Ordinal).ToArray();
        if (!expected.SequenceEqual(actual))
        {
            var first = expected.Zip(actual).FirstOrDefault(p => p.First != p.Second);
            throw new InvalidOperationException($"The planned states differ from the workflow's ({expected.Length} vs {actual.Length}); first difference: {first.First} / {first.Second}");
        }
    }
}
