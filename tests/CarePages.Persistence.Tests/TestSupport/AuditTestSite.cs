using System.Text.Json;
using CarePages.Core.Audit;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Workflow;
using CarePages.Demo.Storage;
using CarePages.Persistence.DependencyInjection;
using CarePages.Persistence.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Persistence.Tests.TestSupport;

/// <summary>
/// The sample clinic in the demo's SQLite store with the package's tables beside it, as the demo and the command line
/// keep them, audited by services composed as every host composes them (<c>AddCarePagesServices</c>) on a clock that
/// stands still until the test moves it. One document read at a time, two per batch, so a test can stop a run between batches.
/// </summary>
internal sealed class AuditTestSite : IDisposable
{
    /// <summary>The sample intranasal ketamine route, in en-GB, es-ES and ar.</summary>
    public static readonly Guid RouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    private readonly TempFolder _folder = new();

    private AuditTestSite()
    {
        Content = new SqliteContentStore(new DocumentDatabase(DatabasePath));
        Source = new RecordingContentSource(Content);
    }

    public string DatabasePath => _folder.PathOf("demo.db");

    public FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public SqliteContentStore Content { get; }

    /// <summary>The content source the audit reads through: it records which documents each run read.</summary>
    public RecordingContentSource Source { get; }

    /// <summary>The store seeded with the sample clinic, its package tables migrated.</summary>
    public static async Task<AuditTestSite> SeededAsync()
    {
        var site = new AuditTestSite();
        foreach (var document in SampleClinic.Documents)
        {
            await site.Content.SaveAsync(document);
        }

        using var services = site.Services();
        var migration = await services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync();
        Assert.True(migration.Succeeded, migration.Message);
        return site;
    }

    /// <summary>The package's services over the store, with these configuration <paramref name="settings"/> (<c>CarePages:Checks:…</c>).</summary>
    public ServiceProvider Services(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["CarePages:Audit:BatchSize"] = "2",
            ["CarePages:Audit:Parallelism"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .AddSingleton<ISiteContentSource>(Source)
            .AddCarePagesServices(
                _ => new CarePagesPersistenceOptions
                {
                    Provider = CarePagesDatabaseProvider.Sqlite,
                    ConnectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString(),
                },
                _ => new TranslationExchangeOptions { SourceCulture = SampleClinic.SourceCulture })
            .BuildServiceProvider();
    }

    /// <summary>Queues a run as the command line does and works it through to its end; <see cref="Source"/> then holds what it read.</summary>
    public async Task<AuditRun> AuditAsync(IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        Source.Clear();
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<AuditRunCoordinator>().StartAsync("cli", "tester", cancellationToken);
        Assert.Equal(AuditRunOperationStatus.Queued, started.Status);
        var finished = await scope.ServiceProvider.GetRequiredService<AuditWorker>().RunPendingAsync(cancellationToken);
        Assert.NotNull(finished);
        Assert.Equal(started.Run!.Id, finished.Id);
        return finished;
    }

    /// <summary>Every finding of <paramref name="query"/>, as a reader of <paramref name="uiCulture"/> sees them.</summary>
    public async Task<AuditFindingViewPage> FindingsAsync(AuditQuery query, string uiCulture = "en")
    {
        using var services = Services();
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditResultsService>().GetFindingsAsync(query, uiCulture);
    }

    /// <summary>The summary of <paramref name="version"/>'s stored findings.</summary>
    public async Task<AuditSummary> SummaryAsync(AuditedVersion version)
    {
        using var services = Services();
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditResultsService>().GetSummaryAsync(new AuditScope { Version = version });
    }

    /// <summary>Saves <paramref name="alias"/> of the route's draft in <paramref name="culture"/> as a translator would.</summary>
    public async Task SaveRouteDraftAsync(string alias, string culture, string value)
    {
        var draft = (await Content.GetDraftAsync(RouteKey))!;
        var saved = await Content.SaveDraftAsync(draft.WithValue(alias, culture, JsonSerializer.SerializeToElement(value)), culture, new UserReference("ana", "Ana"), DraftVersion.Of(draft));
        Assert.True(saved.IsSaved);
    }

    /// <summary>Publishes the route with <paramref name="alias"/> set to <paramref name="value"/> (null culture: invariant).</summary>
    public async Task PublishRouteValueAsync(string alias, string? culture, string value)
    {
        var document = (await Content.GetAsync(RouteKey))!;
        await Content.SaveAsync(document.WithValue(alias, culture, JsonSerializer.SerializeToElement(value)));
    }

    /// <summary>Overwrites the stored JSON of <paramref name="key"/> with text that is not a document, as a broken import might.</summary>
    public async Task CorruptAsync(Guid key)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET json = '{\"id\": \"not a document', revision = revision + 1 WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key.ToString("D"));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
