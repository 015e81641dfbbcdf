using CarePages.Persistence;
using CarePages.Persistence.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CarePages.Persistence.Tests.TestSupport;

/// <summary>A real SQLite file in the temp folder, deleted with the object.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public SqliteTestDatabase()
    {
        Options = new CarePagesPersistenceOptions
        {
            Provider = CarePagesDatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={FilePath}",
        };
    }

    public string Folder => _folder.Root;

    public string FilePath => _folder.PathOf("carepages.db");

    public CarePagesPersistenceOptions Options { get; }

    /// <summary>A database with the package's migrations applied.</summary>
    public static async Task<SqliteTestDatabase> MigratedAsync()
    {
        var database = new SqliteTestDatabase();
        var result = await new CarePagesDatabaseMigrator(database.Options).MigrateAsync();
        Assert.True(result.Succeeded, result.Message);
        return database;
    }

    /// <summary>A context factory as the application registers it (pooled).</summary>
    public IDbContextFactory<CarePagesDbContext> ContextFactory() =>
        new PooledDbContextFactory<CarePagesDbContext>(CarePagesDbContextOptions.Create(Options));

    public CarePagesDbContext NewContext() => new(CarePagesDbContextOptions.Create(Options));

    /// <summary>The names of the tables in the file.</summary>
    public IReadOnlyList<string> TableNames()
    {
        using var connection = new SqliteConnection(Options.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
