using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Glossary;
using CarePages.Persistence.Documents;
using CarePages.Persistence.Setup;

namespace CarePages.Demo.Storage;

/// <summary>
/// On start-up, creates the demo's SQLite file if needed, applies the package's migrations to it, and seeds the sample
/// clinic and the starter glossary once.
/// </summary>
public sealed partial class DemoDatabaseInitializer : IHostedService
{
    private readonly DocumentDatabase _database;
    private readonly CarePagesDatabaseMigrator _migrator;
    private readonly IGlossaryStore _glossary;
    private readonly SampleContentSeeder _seeder;
    private readonly IContentStore _store;
    private readonly ILogger<DemoDatabaseInitializer> _logger;

    /// <summary>Creates the initializer.</summary>
    public DemoDatabaseInitializer(DocumentDatabase database, CarePagesDatabaseMigrator migrator, IGlossaryStore glossary, SampleContentSeeder seeder, IContentStore store, ILogger<DemoDatabaseInitializer> logger)
    {
        _database = database;
        _migrator = migrator;
        _glossary = glossary;
        _seeder = seeder;
        _store = store;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The file (and its folder, absent in a fresh clone) first: the migrations open the same file but create no folder.
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);

        var migration = await _migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (migration.Status != CarePagesMigrationStatus.Success)
        {
            throw new InvalidOperationException($"The demo's translation tables could not be created in {_database.FilePath}: {migration.Message}");
        }

        foreach (var entry in StarterGlossary.KetamineClinic)
        {
            await _glossary.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        var seeded = await _seeder.SeedAsync(SampleClinic.Documents, cancellationToken).ConfigureAwait(false);
        if (seeded > 0)
        {
            LogSeeded(seeded, _database.FilePath);
            return;
        }

        var existing = await _store.GetAllAsync(cancellationToken).ConfigureAwait(false);
        LogExisting(_database.FilePath, existing.Count);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} sample clinic documents into {Path}")]
    private partial void LogSeeded(int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the existing demo store {Path} with {Count} documents; not seeding")]
    private partial void LogExisting(string path, int count);
}
