using CarePages.Core.Translation.Glossary;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>What every <see cref="IGlossaryStore"/> must do; run against each implementation.</summary>
public abstract class GlossaryStoreContract : StoreContract<IGlossaryStore>
{
    [Fact]
    public async Task GetAsync_NothingStored_ReturnsAnEmptyGlossaryForThePair()
    {
        var glossary = await Store.GetAsync(EnEs);

        Assert.Equal(EnEs, glossary.Pair);
        Assert.Empty(glossary.Entries);
    }

    [Fact]
    public async Task AddAsync_SameTermInOtherCaseOrSpacing_IsRefusedAsDuplicateOnlyInThatPair()
    {
        Assert.Equal(GlossaryOperationStatus.Success, await Store.AddAsync(GlossaryEntry.Translate(EnEs, "intranasal ketamine", "ketamina intranasal")));

        Assert.Equal(GlossaryOperationStatus.DuplicateTerm, await Store.AddAsync(GlossaryEntry.Translate(EnEs, "Intranasal  KETAMINE", "quetamina")));
        Assert.Equal(GlossaryOperationStatus.DuplicateTerm, await Store.AddAsync(GlossaryEntry.Translate(new LanguagePair("EN", "Es"), "intranasal ketamine", "quetamina")));
        Assert.Equal(GlossaryOperationStatus.Success, await Store.AddAsync(GlossaryEntry.Translate(EnFr, "intranasal ketamine", "kétamine intranasale")));
        Assert.Equal(GlossaryOperationStatus.Success, await Store.AddAsync(GlossaryEntry.Translate(EnEsMx, "intranasal ketamine", "ketamina intranasal")));
        Assert.Equal("ketamina intranasal", Assert.Single(await Store.GetEntriesAsync(EnEs)).TargetTerm);
    }

    [Fact]
    public async Task AddAsync_TurkishSource_FoldsCaseWithTurkishRules()
    {
        var turkishToEnglish = new LanguagePair("tr", "en");
        await Store.AddAsync(GlossaryEntry.Translate(turkishToEnglish, "ilaç", "medicine"));

        // Turkish capital İ is the capital of i, while I is the capital of dotless ı: "ILAÇ" is another word.
        Assert.Equal(GlossaryOperationStatus.DuplicateTerm, await Store.AddAsync(GlossaryEntry.Translate(turkishToEnglish, "İLAÇ", "drug")));
        Assert.Equal(GlossaryOperationStatus.Success, await Store.AddAsync(GlossaryEntry.Translate(turkishToEnglish, "ILAÇ", "other")));
    }

    [Fact]
    public async Task GetEntriesAsync_SeveralPairs_ReturnsExactlyThatPairsEntriesBySourceTermWithEveryDetail()
    {
        var spravato = GlossaryEntry.DoNotTranslateTerm(EnEs, "Spravato") with { PartOfSpeech = PartOfSpeech.ProperNoun, Note = "Brand name of esketamine nasal spray." };
        await Store.AddAsync(GlossaryEntry.Translate(EnEs, "nasal use", "vía nasal"));
        await Store.AddAsync(spravato);
        await Store.AddAsync(GlossaryEntry.Translate(EnEs, "esketamine", "esketamina") with { PartOfSpeech = PartOfSpeech.Noun });
        await Store.AddAsync(GlossaryEntry.Translate(EnEsMx, "nasal spray", "atomizador nasal"));
        await Store.AddAsync(GlossaryEntry.Translate(EnFr, "esketamine", "eskétamine"));

        var entries = await Store.GetEntriesAsync(new LanguagePair("EN", "ES"));

        Assert.Equal(["Spravato", "esketamine", "nasal use"], entries.Select(e => e.SourceTerm));
        Assert.Equal(spravato, entries[0]);
        Assert.Equal(PartOfSpeech.Noun, entries[1].PartOfSpeech);
        Assert.Null(entries[2].PartOfSpeech);
    }

    [Fact]
    public async Task GetAsync_RegionalPair_AddsTheBareLanguagesEntriesAndPrefersTheRegionalOnes()
    {
        await Store.AddAsync(GlossaryEntry.Translate(EnEs, "ketamine", "ketamina"));
        await Store.AddAsync(GlossaryEntry.Translate(EnEs, "nasal spray", "espray nasal"));
        await Store.AddAsync(GlossaryEntry.Translate(EnEsMx, "Nasal spray", "atomizador nasal"));
        await Store.AddAsync(GlossaryEntry.Translate(EnFr, "ketamine", "kétamine"));
        await Store.AddAsync(GlossaryEntry.Translate(new LanguagePair("en-US", "es"), "acetaminophen", "paracetamol"));

        var mexican = await Store.GetAsync(new LanguagePair("en-GB", "es-MX"));
        var spanish = await Store.GetAsync(new LanguagePair("EN-gb", "ES-es"));

        Assert.Equal([("Nasal spray", "atomizador nasal"), ("ketamine", "ketamina")], mexican.Entries.Select(e => (e.SourceTerm, e.TargetTerm)));
        Assert.Equal([("ketamine", "ketamina"), ("nasal spray", "espray nasal")], spanish.Entries.Select(e => (e.SourceTerm, e.TargetTerm)));
        Assert.Equal("paracetamol", Assert.Single((await Store.GetAsync(new LanguagePair("en-US", "es-AR"))).Entries, e => e.SourceTerm == "acetaminophen").TargetTerm);
    }

    [Fact]
    public async Task UpdateAsync_ExistingAndMissingTerms_ReplacesOrReportsNotFound()
    {
        await Store.AddAsync(GlossaryEntry.Translate(EnEs, "ketamine", "quetamina"));

        Assert.Equal(GlossaryOperationStatus.Success, await Store.UpdateAsync(GlossaryEntry.Translate(EnEs, "Ketamine", "ketamina") with { Note = "Spelling of the AEMPS leaflet." }));
        Assert.Equal(GlossaryOperationStatus.NotFound, await Store.UpdateAsync(GlossaryEntry.Translate(EnEs, "esketamine", "esketamina")));
        Assert.Equal(GlossaryOperationStatus.NotFound, await Store.UpdateAsync(GlossaryEntry.Translate(EnFr, "ketamine", "kétamine")));

        var entry = Assert.Single((await Store.GetAsync(new LanguagePair("en-GB", "es-ES"))).Entries);
        Assert.Equal(("Ketamine", "ketamina", "Spelling of the AEMPS leaflet."), (entry.SourceTerm, entry.TargetTerm, entry.Note));
    }

    [Fact]
    public async Task RemoveAsync_TermInOtherCase_RemovesItOnceAndOnlyFromThatPair()
    {
        await Store.AddAsync(GlossaryEntry.Translate(EnEs, "ketamine", "ketamina"));
        await Store.AddAsync(GlossaryEntry.Translate(EnFr, "ketamine", "kétamine"));

        Assert.Equal(GlossaryOperationStatus.Success, await Store.RemoveAsync(EnEs, " KETAMINE "));
        Assert.Equal(GlossaryOperationStatus.NotFound, await Store.RemoveAsync(EnEs, "ketamine"));

        Assert.Empty((await Store.GetAsync(EnEs)).Entries);
        Assert.Single((await Store.GetAsync(EnFr)).Entries);
    }
}
