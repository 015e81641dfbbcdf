using CarePages.Core.Documents;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.Demo;
using CarePages.Demo.Storage;
using CarePages.Persistence.Model;
using CarePages.Persistence.Setup;
using CarePages.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// A new demo SQLite file with the package's tables migrated, and the services the demo writes it with, from the demo's
/// own composition root (<see cref="DemoHostingExtensions.AddCarePagesDemo"/> with its <c>appsettings.json</c>, the host
/// built but not started): its <see cref="SqliteContentStore"/>, the translation state store and the approver that
/// seeds the sample's translations.
/// </summary>
public sealed class GeneratedSiteStore : IAsyncDisposable
{
    // SqliteContentStore.SaveAsync numbers each new document MAX(sort_order) + 1, which without an index reads every
    // document saved so far: quadratic over 10,000 documents of some 60 KB. The index lives only while the site is written.
    private const string SortOrderIndex = "CREATE INDEX generated_site_sort_order ON documents (sort_order);";

    private readonly WebApplication _demo;
    private readonly DocumentDatabase _database;

    private GeneratedSiteStore(WebApplication demo)
    {
        _demo = demo;
        _database = demo.Services.GetRequiredService<DocumentDatabase>();
        Content = demo.Services.GetRequiredService<SqliteContentStore>();
        States = demo.Services.GetRequiredService<ITranslationStateStore>();
    }

    /// <summary>The documents.</summary>
    public SqliteContentStore Content { get; }

    /// <summary>The translation states.</summary>
    public ITranslationStateStore States { get; }

    /// <summary>Creates the file at <paramref name="path"/> (which must not exist) with the demo's and the package's tables.</summary>
    public static async Task<GeneratedSiteStore> CreateAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"{path} exists; the generated site is written to a new file.");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.Combine(RepositoryRoot.Path, "src", "CarePages.Demo") });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{DemoOptions.SectionName}:DatabasePath"] = path });
        builder.Logging.ClearProviders();
        // The sample's approvals are stamped with the generated states' time, so the whole file is the same every run.
        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(GeneratedStates.Start));
        var store = new GeneratedSiteStore(builder.AddCarePagesDemo().Build());
        await store.ExecuteAsync(SortOrderIndex, cancellationToken);
        var migration = await store._demo.Services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync(cancellationToken);
        if (migration.Status != CarePagesMigrationStatus.Success)
        {
            await store.DisposeAsync();
            throw new InvalidOperationException($"{path}: the package's tables could not be created: {migration.Message}");
        }

        return store;
    }

    /// <summary>
    /// Records the sample translations of <paramref name="document"/> (es-ES and ar) as approved, exactly as the demo
    /// seeds a fresh store (<see cref="ExistingTranslationApprover.ApproveSampleAsync"/>, through the workflow service).
    /// </summary>
    public async Task ApproveSampleAsync(MultiCultureDocument document, CancellationToken cancellationToken)
    {
        using var scope = _demo.Services.CreateScope();
        var approver = scope.ServiceProvider.GetRequiredService<ExistingTranslationApprover>();
        var result = await approver.ApproveSampleAsync(culture => document.NameIn(culture) is null ? null : CultureDocumentFactory.Create(document, culture), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The sample translations of {document.Id} could not be approved: {result.Status}.");
        }
    }

    /// <summary>Drops the index the saves needed, leaving the demo's own tables; returns how many documents and states the file holds.</summary>
    public async Task<(long Documents, long States)> FinishAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync("DROP INDEX generated_site_sort_order;", cancellationToken);
        return ((long)(await ExecuteAsync("SELECT COUNT(*) FROM documents;", cancellationToken))!,
            (long)(await ExecuteAsync($"SELECT COUNT(*) FROM \"{TableNames.TranslationState}\";", cancellationToken))!);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _demo.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private async Task<object?> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken);
        await using (connection)
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The statements are the code's own constants.
            command.CommandText = sql;
#pragma warning restore CA2100
            return await command.ExecuteScalarAsync(cancellationToken);
        }
    }
}
