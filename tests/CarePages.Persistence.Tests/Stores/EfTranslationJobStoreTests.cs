using CarePages.Core.Translation.Jobs;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The EF Core job store on a real SQLite file: the shared contract, and how the snapshot is kept.</summary>
public sealed class EfTranslationJobStoreTests : TranslationJobStoreContract
{
    private SqliteTestDatabase _database = null!;

    public override Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveAsync_IndexesEachDocumentOnceAndKeepsTheSnapshotAsReadableJson()
    {
        await Store.SaveAsync(Job("job-2026-001", Monday, IntranasalRoute, InfusionRoute, IntranasalRoute));

        await using var context = _database.NewContext();
        var documents = await context.TranslationJobDocuments.Select(d => d.DocumentKey).ToListAsync();
        var json = await context.TranslationJobs.Select(j => j.ExportJson).SingleAsync();
        Assert.Equal(2, documents.Count);
        Assert.Contains("\"contentTypeAlias\":\"carePagesTreatmentRoute\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"RichText\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_NewStoreOnTheSameFile_FindsTheJob()
    {
        await Store.SaveAsync(Job("job-2026-001", Monday));

        var reopened = new EfTranslationJobStore(_database.ContextFactory());

        Assert.NotNull(await reopened.FindAsync("job-2026-001"));
    }

    protected override async Task<ITranslationJobStore> CreateStoreAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        return new EfTranslationJobStore(_database.ContextFactory());
    }
}
