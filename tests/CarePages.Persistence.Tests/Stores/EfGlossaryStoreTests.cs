using CarePages.Core.Translation.Glossary;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The EF Core glossary store on a real SQLite file: the shared contract, and what only a database can get wrong.</summary>
public sealed class EfGlossaryStoreTests : GlossaryStoreContract
{
    private SqliteTestDatabase _database = null!;

    public override Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AddAsync_EntriesSurviveANewStoreOnTheSameFile()
    {
        var spravato = GlossaryEntry.DoNotTranslateTerm(EnEs, "Spravato") with { PartOfSpeech = PartOfSpeech.ProperNoun };
        await Store.AddAsync(spravato);

        var reopened = new EfGlossaryStore(_database.ContextFactory());

        Assert.Equal([spravato], await reopened.GetEntriesAsync(EnEs));
        Assert.Equal(GlossaryOperationStatus.DuplicateTerm, await reopened.AddAsync(GlossaryEntry.Translate(EnEs, "SPRAVATO", "Spravato")));
    }

    [Fact]
    public async Task AddAsync_StoresThePartOfSpeechByNameAndTheFoldedTermAsKey()
    {
        await Store.AddAsync(GlossaryEntry.DoNotTranslateTerm(EnEs, "Spravato") with { PartOfSpeech = PartOfSpeech.ProperNoun });

        await using var context = _database.NewContext();
        var row = await context.Database
            .SqlQueryRaw<string>("SELECT PartOfSpeech || '|' || TermKey || '|' || SourceCultureKey AS Value FROM carePagesGlossaryEntry")
            .SingleAsync();
        Assert.Equal("ProperNoun|spravato|EN", row);
    }

    [Fact]
    public async Task AddAsync_TermLongerThanTheKeyColumn_IsRefusedBeforeTheDatabase()
    {
        var longTerm = string.Join(' ', Enumerable.Repeat("ketamine", 40));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(GlossaryEntry.Translate(EnEs, longTerm, "ketamina")));

        Assert.Contains("256", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.GetEntriesAsync(EnEs));
    }

    [Fact]
    public async Task RemoveUpdateAndAdd_RowSavedUnderAnEarlierFoldingOfItsTerm_FindTheRowInsteadOfMissingOrDuplicatingIt()
    {
        var arEn = new LanguagePair("ar", "en-GB");
        await Store.AddAsync(GlossaryEntry.Translate(arEn, "مدرسة", "school"));
        await using (var context = _database.NewContext())
        {
            // The key an earlier release stored: teh marbuta not yet folded to heh.
            await context.Database.ExecuteSqlRawAsync("UPDATE carePagesGlossaryEntry SET TermKey = 'مدرسة'");
        }

        Assert.Equal(GlossaryOperationStatus.DuplicateTerm, await Store.AddAsync(GlossaryEntry.Translate(arEn, "مدرسه", "school")));
        Assert.Equal(GlossaryOperationStatus.Success, await Store.UpdateAsync(GlossaryEntry.Translate(arEn, "مدرسة", "secondary school")));
        Assert.Equal("secondary school", Assert.Single(await Store.GetEntriesAsync(arEn)).TargetTerm);
        Assert.Equal(GlossaryOperationStatus.Success, await Store.RemoveAsync(arEn, "مدرسة"));
        Assert.Empty(await Store.GetEntriesAsync(arEn));
    }

    protected override async Task<IGlossaryStore> CreateStoreAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        return new EfGlossaryStore(_database.ContextFactory());
    }
}
