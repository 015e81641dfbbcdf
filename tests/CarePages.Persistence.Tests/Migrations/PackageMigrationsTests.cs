using CarePages.Core.Translation.Workflow;
using CarePages.Core.Translation.Glossary;
using CarePages.Persistence.Model;
using CarePages.Persistence.Setup;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Migrations;

/// <summary>The migrations from InitialCreate on, on SQLite files and as a SQL Server script.</summary>
public sealed class PackageMigrationsTests
{
    private static readonly string[] PackageTables =
    [
        TableNames.MigrationsHistory, TableNames.GlossaryEntry, TableNames.TranslationAudit, TableNames.TranslationJob,
        TableNames.TranslationJobDocument, TableNames.TranslationMemory, TableNames.TranslationState,
        TableNames.AuditDocument, TableNames.AuditCulture, TableNames.AuditFinding, TableNames.AuditRun, TableNames.DocumentSummary,
        TableNames.TranslationTally, TableNames.Counter,
    ];

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
        Assert.Equal(second.Database.GetMigrations(), second.Database.GetAppliedMigrations());
        Assert.Equal(5, second.Database.GetAppliedMigrations().Count());
    }

    [Fact]
    public async Task MigrateAsync_DatabaseOfTheFirstRelease_AddsTheGlossaryAndMemoryAndKeepsTheStates()
    {
        using var database = new SqliteTestDatabase();
        using (var firstRelease = database.NewContext())
        {
            await firstRelease.GetService<IMigrator>().MigrateAsync("20261125142402_InitialCreate");
        }

        await InsertStateOfAnEarlierReleaseAsync(database);

        var result = await new CarePagesDatabaseMigrator(database.Options).MigrateAsync();

        Assert.Equal(["20261125143931_AddGlossaryAndMemory", "20261207150000_AddMachineOrigin", "20261207172553_AddSiteAudit", "20261207215113_AddTranslationTally"], result.AppliedMigrations);
        Assert.NotNull(await new EfTranslationStateStore(database.ContextFactory()).FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.Equal(GlossaryOperationStatus.Success, await new EfGlossaryStore(database.ContextFactory()).AddAsync(GlossaryEntry.Translate(EnEs, "ketamine", "ketamina")));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseOfTheSecondRelease_AddsTheMachineOriginAndKeepsStatesAsPersonMade()
    {
        using var database = new SqliteTestDatabase();
        using (var secondRelease = database.NewContext())
        {
            await secondRelease.GetService<IMigrator>().MigrateAsync("20261125143931_AddGlossaryAndMemory");
        }

        await InsertStateOfAnEarlierReleaseAsync(database);

        var result = await new CarePagesDatabaseMigrator(database.Options).MigrateAsync();

        Assert.Equal(["20261207150000_AddMachineOrigin", "20261207172553_AddSiteAudit", "20261207215113_AddTranslationTally"], result.AppliedMigrations);
        var kept = await new EfTranslationStateStore(database.ContextFactory()).FindAsync(IntranasalRoute, "es-ES", TypicalOnset);
        Assert.Equal(TranslationStatus.Approved, kept!.Status);
        Assert.Equal(Ana, kept.TranslatedBy);
        Assert.Null(kept.Machine);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseOfTheAuditRelease_CountsTheStoredStatesForTheMatrix()
    {
        using var database = new SqliteTestDatabase();
        using (var auditRelease = database.NewContext())
        {
            await auditRelease.GetService<IMigrator>().MigrateAsync("20261207172553_AddSiteAudit");
        }

        await InsertStateOfAnEarlierReleaseAsync(database);
        using (var context = database.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO carePagesTranslationState (DocumentKey, CultureKey, Culture, FieldPath, Status, PendingNewFingerprint) VALUES ({0}, 'ES-ES', 'es-ES', {1}, 'Approved', 'changed')",
                IntranasalRoute, BenefitText.Value);
        }

        var result = await new CarePagesDatabaseMigrator(database.Options).MigrateAsync();

        Assert.Equal(["20261207215113_AddTranslationTally"], result.AppliedMigrations);
        var tallies = await new EfTranslationStateStore(database.ContextFactory()).CountByStatusAsync();
        Assert.Equal(
            [(TranslationStatus.Approved, 1), (TranslationStatus.Outdated, 1)],
            tallies.Where(t => t.DocumentKey == IntranasalRoute && t.Culture == "ES-ES").Select(t => (t.Status, t.Count)).OrderBy(t => t.Status));
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
    public void GenerateScript_SqlServerIdempotent_CreatesEveryTableOnceWithIdentitySequencesAndTheLookupIndexes()
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
        Assert.Contains("[TermKey] nvarchar(256) NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT [PK_carePagesGlossaryEntry] PRIMARY KEY ([SourceCultureKey], [TargetCultureKey], [TermKey])", script, StringComparison.Ordinal);
        Assert.Contains(
            "CREATE UNIQUE INDEX [IX_carePagesTranslationMemory_SourceCultureKey_TargetCultureKey_TextHash] ON [carePagesTranslationMemory] ([SourceCultureKey], [TargetCultureKey], [TextHash])",
            script,
            StringComparison.Ordinal);
        Assert.Equal(2, script.Split("[Id] bigint NOT NULL IDENTITY", StringSplitOptions.None).Length - 1);
    }

    // A row as the releases before the machine origin wrote it: the model of today has columns their table lacks.
    private static async Task InsertStateOfAnEarlierReleaseAsync(SqliteTestDatabase database)
    {
        using var context = database.NewContext();
        await context.Database.ExecuteSqlRawAsync(
            "INSERT INTO carePagesTranslationState (DocumentKey, CultureKey, Culture, FieldPath, Status, TranslatedByKey, TranslatedByName) VALUES ({0}, 'ES-ES', 'es-ES', {1}, 'Approved', {2}, {3})",
            IntranasalRoute, TypicalOnset.Value, Ana.UserKey, Ana.DisplayName);
    }
}
