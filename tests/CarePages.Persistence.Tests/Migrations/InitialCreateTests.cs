using CarePages.Persistence.Model;
using CarePages.Persistence.Setup;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarePages.Persistence.Tests.Migrations;

/// <summary>The one migration set, on SQLite files and as a SQL Server script.</summary>
public sealed class InitialCreateTests
{
    private static readonly string[] PackageTables =
        [TableNames.MigrationsHistory, TableNames.TranslationAudit, TableNames.TranslationJob, TableNames.TranslationJobDocument, TableNames.TranslationState];

    [Fact]
    public void Migrate_FreshSqliteFile_CreatesThePackageTables()
    {
        using var database = new SqliteTestDatabase();
        using var context = database.NewContext();

        context.Database.Migrate();

        // EF Core's own lock table (__EFMigrationsLock, shared by every EF Core context) is the only other table.
        Assert.Equal(
            PackageTables.Order(StringComparer.Ordinal),
            database.TableNames().Where(t => !t.StartsWith("sqlite_", StringComparison.Ordinal) && t != "__EFMigrationsLock"));
    }

    [Fact]
    public void Migrate_AlreadyMigratedFile_ChangesNothingAndLeavesNothingPending()
    {
        using var database = new SqliteTestDatabase();
        using (var first = database.NewContext())
        {
            first.Database.Migrate();
        }

        using var second = database.NewContext();
        second.Database.Migrate();

        Assert.Empty(second.Database.GetPendingMigrations());
        Assert.Single(second.Database.GetAppliedMigrations());
    }

    [Theory]
    [InlineData(CarePagesDatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(CarePagesDatabaseProvider.SqlServer, "Server=localhost;Database=CarePages;Integrated Security=true")]
    public void HasPendingModelChanges_EitherProvider_IsFalse(CarePagesDatabaseProvider provider, string connectionString)
    {
        using var context = new CarePagesDbContext(CarePagesDbContextOptions.Create(new CarePagesPersistenceOptions { Provider = provider, ConnectionString = connectionString }));

        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public void GenerateScript_SqlServerIdempotent_CreatesEveryTableOnceWithAnIdentityAuditSequence()
    {
        using var context = new CarePagesDbContext(CarePagesDbContextOptions.Create(new CarePagesPersistenceOptions
        {
            Provider = CarePagesDatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=CarePages;Integrated Security=true",
        }));

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in PackageTables)
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("SELECT * FROM [carePagesMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO [carePagesMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("[Id] bigint NOT NULL IDENTITY", script, StringComparison.Ordinal);
        Assert.Contains("[FieldPath] nvarchar(400) NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[ChangedAt] bigint NULL", script, StringComparison.Ordinal);
    }
}
