using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Setup;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Storage;

/// <summary>
/// On start-up, creates the demo's SQLite file if needed, applies the package's migrations to it, and seeds the sample
/// clinic (its Spanish and Arabic pages as translations approved by the sample's reviewer) and the starter glossary once.
/// </summary>
public sealed partial class DemoDatabaseInitializer : IHostedService
{
    private readonly DocumentDatabase _database;
    private readonly CarePagesDatabaseMigrator _migrator;
    private readonly IGlossaryStore _glossary;
    private readonly SampleContentSeeder _seeder;
    private readonly IContentStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<DemoOptions> _options;
    private readonly ILogger<DemoDatabaseInitializer> _logger;

    /// <summary>Creates the initializer.</summary>
    public DemoDatabaseInitializer(DocumentDatabase database, CarePagesDatabaseMigrator migrator, IGlossaryStore glossary, SampleContentSeeder seeder, IContentStore store, IServiceScopeFactory scopes, IOptions<DemoOptions> options, ILogger<DemoDatabaseInitializer> logger)
    {
        _database = database;
        _migrator = migrator;
        _glossary = glossary;
        _seeder = seeder;
        _store = store;
        _scopes = scopes;
        _options = options;
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
            if (_options.Value.ApproveSampleTranslations)
            {
                await ApproveSampleTranslationsAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var count = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
        LogExisting(_database.FilePath, count);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ApproveSampleTranslationsAsync(CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var approver = scope.ServiceProvider.GetRequiredService<ExistingTranslationApprover>();
        foreach (var document in SampleClinic.Documents)
        {
            var result = await approver.ApproveSampleAsync(culture => document.NameIn(culture) is null ? null : CultureDocumentFactory.Create(document, culture), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The sample translations of document {document.Id} could not be recorded as approved: {result.Status}.");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} sample clinic documents into {Path}")]
    private partial void LogSeeded(int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the existing demo store {Path} with {Count} documents; not seeding")]
    private partial void LogExisting(string path, int count);
}
