using CarePages.Core.Translation.Glossary;
using static CarePages.Core.Tests.Translation.Glossary.GlossaryTestData;

namespace CarePages.Core.Tests.Translation.Glossary;

public class InMemoryGlossaryStoreTests
{
    [Fact]
    public async Task AddAsync_SameTermInOtherCase_IsRefusedAsDuplicate()
    {
        var store = new InMemoryGlossaryStore();

        Assert.Equal(GlossaryOperationStatus.Success, await store.AddAsync(GlossaryEntry.Translate(EnEs, "ketamine", "ketamina")));
        Assert.Equal(GlossaryOperationStatus.DuplicateTerm, await store.AddAsync(GlossaryEntry.Translate(EnEs, "Ketamine", "quetamina")));
        Assert.Equal(GlossaryOperationStatus.Success, await store.AddAsync(GlossaryEntry.Translate(EnFr, "ketamine", "kétamine")));

        Assert.Equal("ketamina", Assert.Single(await store.GetEntriesAsync(EnEs)).TargetTerm);
    }

    [Fact]
    public async Task UpdateAndRemoveAsync_ExistingAndMissingTerms_ReportWhatHappened()
    {
        var store = new InMemoryGlossaryStore([GlossaryEntry.Translate(EnEs, "ketamine", "quetamina")]);

        Assert.Equal(GlossaryOperationStatus.Success, await store.UpdateAsync(GlossaryEntry.Translate(EnEs, "ketamine", "ketamina")));
        Assert.Equal(GlossaryOperationStatus.NotFound, await store.UpdateAsync(GlossaryEntry.Translate(EnEs, "esketamine", "esketamina")));
        Assert.Equal("ketamina", (await store.GetAsync(new LanguagePair("en-GB", "es-ES"))).Entries.Single().TargetTerm);
        Assert.Equal(GlossaryOperationStatus.Success, await store.RemoveAsync(EnEs, "KETAMINE"));
        Assert.Equal(GlossaryOperationStatus.NotFound, await store.RemoveAsync(EnEs, "ketamine"));
        Assert.Empty((await store.GetAsync(EnEs)).Entries);
    }
}
