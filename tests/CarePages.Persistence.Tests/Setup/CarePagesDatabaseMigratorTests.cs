using CarePages.Persistence.Setup;
using CarePages.Persistence.Tests.TestSupport;

namespace CarePages.Persistence.Tests.Setup;

/// <summary>What an administrator sees when the tables are created at start-up, or cannot be.</summary>
public sealed class CarePagesDatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_FreshFile_AppliesTheInitialMigrationThenNothingOnTheNextStart()
    {
        using var database = new SqliteTestDatabase();

        var first = await new CarePagesDatabaseMigrator(database.Options).MigrateAsync();
        var second = await new CarePagesDatabaseMigrator(database.Options).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.Success, first.Status);
        Assert.Contains(first.AppliedMigrations, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.True(second.Succeeded);
        Assert.Empty(second.AppliedMigrations);
    }

    [Fact]
    public async Task MigrateAsync_NoProvider_SaysWhichSettingToSet()
    {
        var options = new CarePagesPersistenceOptions { ConnectionString = "Data Source=carepages.db" };

        var result = await new CarePagesDatabaseMigrator(options).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.ProviderMissing, result.Status);
        Assert.Contains("CarePages:Persistence:Provider", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_NoConnectionString_NamesTheSettingItCameFrom()
    {
        var options = new CarePagesPersistenceOptions
        {
            Provider = CarePagesDatabaseProvider.SqlServer,
            ConnectionString = " ",
            ConnectionStringSetting = "ConnectionStrings:umbracoDbDSN",
        };

        var result = await new CarePagesDatabaseMigrator(options).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.ConnectionStringMissing, result.Status);
        Assert.Contains("ConnectionStrings:umbracoDbDSN", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FolderDoesNotExist_ReportsTheDatabaseUnreachable()
    {
        var missing = Path.Combine(Path.GetTempPath(), "carepages-no-such-folder", Guid.NewGuid().ToString("N"), "carepages.db");
        var options = new CarePagesPersistenceOptions { Provider = CarePagesDatabaseProvider.Sqlite, ConnectionString = $"Data Source={missing}" };

        var result = await new CarePagesDatabaseMigrator(options).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.DatabaseUnreachable, result.Status);
        Assert.Contains("CarePages:Persistence:ConnectionString", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_MalformedConnectionString_ReportsTheDatabaseUnreachable()
    {
        var options = new CarePagesPersistenceOptions { Provider = CarePagesDatabaseProvider.Sqlite, ConnectionString = "Flavour=strawberry" };

        var result = await new CarePagesDatabaseMigrator(options).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.DatabaseUnreachable, result.Status);
    }
}
