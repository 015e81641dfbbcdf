using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.Memory.MemoryTestData;

namespace CarePages.Core.Tests.Translation.Memory;

public class TranslationMemoryServiceTests
{
    private readonly InMemoryTranslationMemoryStore store = new();

    private TranslationMemoryService Service(int minimumScore = 75) => new(store, new TranslationMemoryOptions { MinimumScore = minimumScore });

    [Theory]
    [InlineData(TranslationStatus.Translated)]
    [InlineData(TranslationStatus.InReview)]
    public async Task AddApprovedAsync_TranslationNotApproved_AddsNothing(TranslationStatus status)
    {
        var result = await Service().AddApprovedAsync(Approved() with { Status = status }, "en-GB", [new("Ketamine.", "Ketamina.")]);

        Assert.Equal(TranslationMemoryOperationStatus.NotApproved, result.Status);
        Assert.Empty(await store.GetAllAsync());
    }

    [Fact]
    public async Task AddApprovedAsync_SourceChangedAfterApproval_AddsNothing()
    {
        var outdated = Approved() with { PendingSourceChange = new SourceChange("Old.", "New.", CarePages.Core.Translation.Units.SourceFingerprint.Of("New.")) };

        var result = await Service().AddApprovedAsync(outdated, "en-GB", [new("Old.", "Viejo.")]);

        Assert.Equal(TranslationMemoryOperationStatus.Outdated, result.Status);
        Assert.Empty(await store.GetAllAsync());
    }

    [Fact]
    public async Task AddApprovedAsync_ApprovedField_StoresNormalisedTextsWithApproverAndTime()
    {
        var result = await Service().AddApprovedAsync(Approved(), "en-GB", [new("  Read {1}the\n leaflet{/1}. ", "Lea {1}el prospecto{/1}."), new(" ", "x")]);

        var segment = Assert.Single(await store.GetAllAsync());
        Assert.Equal(TranslationMemoryOperationStatus.Success, result.Status);
        Assert.Equal("Read {1}the leaflet{/1}.", segment.SourceText);
        Assert.Equal(("en-GB", "es-ES", "lucia", Monday), (segment.SourceCulture, segment.TargetCulture, segment.ApprovedBy.UserKey, segment.ApprovedAt));
    }

    [Fact]
    public async Task AddApprovedAsync_SameTranslationApprovedAgain_KeepsOneWithTheLatestApproval()
    {
        await Service().AddApprovedAsync(Approved(at: Monday.AddDays(1), by: Omar), "en-GB", [new("Ketamine.", "Ketamina.")]);
        await Service().AddApprovedAsync(Approved(at: Monday), "en-GB", [new("Ketamine.", "Ketamina.")]);
        await Service().AddApprovedAsync(Approved(at: Monday.AddDays(2)), "en-GB", [new("Ketamine.", "Ketamina.")]);
        await Service().AddApprovedAsync(Approved(at: Monday), "en-GB", [new("Ketamine.", "La ketamina.")]);

        var kept = await store.GetAllAsync();

        Assert.Equal(2, kept.Count);
        var ketamina = kept.Single(s => s.TargetText == "Ketamina.");
        Assert.Equal((Lucia, Monday.AddDays(2)), (ketamina.ApprovedBy, ketamina.ApprovedAt));
    }

    /// <summary>Nine tokens ("." is one); "a day" for "an hour" is two substitutions: 100 × 7 ÷ 9 = 77.</summary>
    [Fact]
    public async Task SuggestAsync_ExactAndFuzzyMatches_ScoresAndOrdersThemByScoreThenRecency()
    {
        await store.SaveAsync(
        [
            Segment("The effects can be felt within an hour.", "Los efectos se notan en una hora.", at: Monday),
            Segment("The effects can be felt within a day.", "Los efectos se notan en un día.", at: Monday.AddDays(1)),
            Segment("The effects can be felt within an hour.", "Los efectos pueden notarse en una hora.", at: Monday.AddDays(3)),
            Segment("Book an appointment.", "Pida cita.", at: Monday.AddDays(4)),
        ]);

        var suggestions = await Service().SuggestAsync("The effects can be felt within an hour.", "en-gb", "ES-es", max: 5);

        Assert.Equal(
            [(100, "Los efectos pueden notarse en una hora."), (100, "Los efectos se notan en una hora."), (77, "Los efectos se notan en un día.")],
            suggestions.Select(s => (s.Score, s.Segment.TargetText)));
    }

    [Fact]
    public async Task SuggestAsync_OnlyCaseDiffers_ScoresBelowAnExactMatch()
    {
        await store.SaveAsync([Segment("Intranasal ketamine.", "Ketamina intranasal.")]);

        var suggestion = Assert.Single(await Service().SuggestAsync("intranasal Ketamine.", "en-GB", "es-ES"));

        Assert.Equal(99, suggestion.Score);
    }

    [Fact]
    public async Task SuggestAsync_BelowThresholdOrOtherLanguage_IsNotSuggested()
    {
        await store.SaveAsync(
        [
            Segment("The effects can be felt within an hour.", "Los efectos se notan en una hora."),
            Segment("The effects can be felt within a day.", "Les effets se font sentir en un jour.", targetCulture: "fr-FR"),
        ]);

        Assert.Empty(await Service().SuggestAsync("Side effects are usually short-lived.", "en-GB", "es-ES"));
        Assert.Single(await Service(minimumScore: 50).SuggestAsync("The effects can be felt quickly.", "en-GB", "es-ES"));
        Assert.Empty(await Service().SuggestAsync("The effects can be felt within a day.", "en-GB", "de-DE"));
    }

    [Fact]
    public async Task SuggestAsync_MaxOne_ReturnsTheBest()
    {
        await store.SaveAsync([Segment("Ketamine works fast.", "La ketamina actúa rápido."), Segment("Ketamine works.", "La ketamina actúa.")]);

        var best = Assert.Single(await Service().SuggestAsync("Ketamine works.", "en-GB", "es-ES", max: 1));

        Assert.Equal("La ketamina actúa.", best.Segment.TargetText);
    }
}
