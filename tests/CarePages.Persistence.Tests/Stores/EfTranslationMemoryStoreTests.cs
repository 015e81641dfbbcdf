using CarePages.Core.Translation.Memory;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The EF Core translation memory store on a real SQLite file: the shared contract, and what only a database can get wrong.</summary>
public sealed class EfTranslationMemoryStoreTests : TranslationMemoryStoreContract
{
    private SqliteTestDatabase _database = null!;

    public override Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveAsync_SegmentsSurviveANewStoreOnTheSameFile()
    {
        await Store.SaveAsync([Segment("Within minutes.", "En minutos.")]);

        var reopened = new EfTranslationMemoryStore(_database.ContextFactory());
        await reopened.SaveAsync([Segment("Within minutes.", "En minutos.", at: Monday.AddDays(1), by: Omar)]);

        Assert.Equal(Omar, Assert.Single(await reopened.GetAsync("en-GB", "es-ES")).ApprovedBy);
    }

    [Fact]
    public async Task SaveAsync_SameTranslationInsertedBehindTheStoresBack_IsRefusedByTheUniqueIndex()
    {
        await Store.SaveAsync([Segment("Within minutes.", "En minutos.")]);

        await using var context = _database.NewContext();
        var copy = await context.TranslationMemory.AsNoTracking().SingleAsync();
        copy.Id = 0;
        context.TranslationMemory.Add(copy);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    protected override async Task<ITranslationMemoryStore> CreateStoreAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        return new EfTranslationMemoryStore(_database.ContextFactory());
    }
}
