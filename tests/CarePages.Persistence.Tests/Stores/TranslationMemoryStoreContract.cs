using CarePages.Core.Translation.Memory;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>What every <see cref="ITranslationMemoryStore"/> must do; run against each implementation.</summary>
public abstract class TranslationMemoryStoreContract : StoreContract<ITranslationMemoryStore>
{
    [Fact]
    public async Task GetAsync_NothingStored_ReturnsNoSegments()
    {
        Assert.Empty(await Store.GetAsync("en-GB", "es-ES"));
        Assert.Empty(await Store.GetAllAsync());
    }

    [Fact]
    public async Task GetAsync_AfterSave_ReturnsTheSegmentWithItsDocumentFieldApproverAndTime()
    {
        // 11:30 in Madrid is the same instant as 10:30 UTC.
        var madrid = new DateTimeOffset(2026, 11, 2, 11, 30, 0, TimeSpan.FromHours(1));
        var segment = Segment("Read {1}the leaflet{/1}.", "Lea {1}el prospecto{/1}.", at: madrid) with { Path = BenefitText };

        await Store.SaveAsync([segment]);

        var found = Assert.Single(await Store.GetAsync("en-GB", "es-ES"));
        Assert.Equal(segment, found);
        Assert.Equal((IntranasalRoute, BenefitText, Lucia), (found.DocumentKey, found.Path, found.ApprovedBy));
        Assert.Equal(madrid.UtcDateTime, found.ApprovedAt.UtcDateTime);
    }

    [Fact]
    public async Task GetAsync_CulturesInOtherCase_ReturnsOnlyThatPairsSegments()
    {
        await Store.SaveAsync([
            Segment("Within minutes.", "En minutos."),
            Segment("Within minutes.", "En pocos minutos.", targetCulture: "es-MX"),
            Segment("Within minutes.", "خلال دقائق.", targetCulture: "ar"),
        ]);

        var spanish = await Store.GetAsync("EN-gb", "ES-es");

        Assert.Equal(["En minutos."], spanish.Select(s => s.TargetText));
        Assert.Empty(await Store.GetAsync("en-GB", "es"));
        Assert.Equal(3, (await Store.GetAllAsync()).Count);
    }

    [Fact]
    public async Task SaveAsync_SameTranslationApprovedAgain_KeepsOneWithTheLatestApproval()
    {
        await Store.SaveAsync([Segment("Within minutes.", "En minutos.")]);
        await Store.SaveAsync([Segment("Within minutes.", "En minutos.", targetCulture: "ES-es", at: Monday.AddDays(1), by: Omar)]);
        await Store.SaveAsync([Segment("Within minutes.", "En minutos.", at: Monday.AddDays(-1))]);

        var kept = Assert.Single(await Store.GetAllAsync());

        Assert.Equal((Omar, Monday.AddDays(1)), (kept.ApprovedBy, kept.ApprovedAt));
    }

    [Fact]
    public async Task SaveAsync_SameTranslationTwiceInOneSave_KeepsTheLaterApproval()
    {
        await Store.SaveAsync([
            Segment("Within minutes.", "En minutos.", at: Monday.AddHours(2)),
            Segment("Within minutes.", "En minutos.", at: Monday),
        ]);

        Assert.Equal(Monday.AddHours(2), Assert.Single(await Store.GetAllAsync()).ApprovedAt);
    }

    [Fact]
    public async Task SaveAsync_TextsDifferingOnlyInCaseOrTarget_AreKeptApart()
    {
        await Store.SaveAsync([
            Segment("Within minutes.", "En minutos."),
            Segment("within minutes.", "En minutos."),
            Segment("Within minutes.", "en minutos."),
            Segment("Within minutes.", "En unos minutos."),
        ]);

        Assert.Equal(4, (await Store.GetAsync("en-GB", "es-ES")).Count);
    }

    [Fact]
    public async Task GetAllAsync_ApprovedAgainLater_KeepsTheOrderTheyWereFirstStoredIn()
    {
        await Store.SaveAsync([Segment("First.", "Primero."), Segment("Second.", "Segundo.", targetCulture: "ar")]);
        await Store.SaveAsync([Segment("Third.", "Tercero."), Segment("First.", "Primero.", at: Monday.AddDays(1))]);

        var all = await Store.GetAllAsync();

        Assert.Equal(["First.", "Second.", "Third."], all.Select(s => s.SourceText));
        Assert.Equal(Monday.AddDays(1), all[0].ApprovedAt);
    }
}
