using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The EF Core store on a real SQLite file: the shared contract, and what only a database can get wrong.</summary>
public sealed class EfTranslationStateStoreTests : TranslationStateStoreContract
{
    private SqliteTestDatabase _database = null!;

    public override Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveAsync_FailsPartWay_KeepsNothingOfIt()
    {
        await Store.SaveAsync([Approved()], [Entry(TranslationAction.Approve, Monday, details: "kept")]);
        var broken = new TranslationAuditEntry(IntranasalRoute, null!, null, TranslationAction.Edit, Ana, Monday, "no culture");

        await Assert.ThrowsAsync<DbUpdateException>(() => Store.SaveAsync(
            [Approved() with { Status = TranslationStatus.Translated }, Approved(culture: "ar")],
            [Entry(TranslationAction.Edit, Monday, details: "lost"), broken]));

        Assert.Equal(TranslationStatus.Approved, (await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset))!.Status);
        Assert.Null(await Store.FindAsync(IntranasalRoute, "ar", TypicalOnset));
        Assert.Equal(["kept"], (await Store.GetAuditTrailAsync(IntranasalRoute)).Select(e => e.Details));
    }

    [Fact]
    public async Task SaveAsync_StatesSurviveANewStoreOnTheSameFile()
    {
        await Store.SaveAsync([Outdated(Approved())], [Entry(TranslationAction.SourceChange, Monday)]);

        var reopened = new EfTranslationStateStore(_database.ContextFactory());

        Assert.Equal(Outdated(Approved()), await reopened.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.Single(await reopened.GetAuditTrailAsync(IntranasalRoute));
    }

    [Fact]
    public async Task SaveAsync_StoresTheStatusByName()
    {
        await Store.SaveAsync([Approved()], []);

        await using var context = _database.NewContext();
        var status = await context.Database.SqlQueryRaw<string>("SELECT Status AS Value FROM carePagesTranslationState").SingleAsync();
        Assert.Equal("Approved", status);
    }

    protected override async Task<ITranslationStateStore> CreateStoreAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        return new EfTranslationStateStore(_database.ContextFactory());
    }
}
