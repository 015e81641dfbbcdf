using CarePages.Core.Ports;
using CarePages.Core.SampleContent;

namespace CarePages.Demo.Storage;

/// <summary>On start-up, creates the demo's SQLite file if needed and seeds it with the sample clinic once.</summary>
public sealed partial class DemoDatabaseInitializer : IHostedService
{
    private readonly DemoDatabase _database;
    private readonly SampleContentSeeder _seeder;
    private readonly IContentStore _store;
    private readonly ILogger<DemoDatabaseInitializer> _logger;

    /// <summary>Creates the initializer.</summary>
    public DemoDatabaseInitializer(DemoDatabase database, SampleContentSeeder seeder, IContentStore store, ILogger<DemoDatabaseInitializer> logger)
    {
        _database = database;
        _seeder = seeder;
        _store = store;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
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
