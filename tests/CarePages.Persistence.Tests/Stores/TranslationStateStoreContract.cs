using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>What every <see cref="ITranslationStateStore"/> must do; run against each implementation.</summary>
public abstract class TranslationStateStoreContract : StoreContract<ITranslationStateStore>
{
    [Fact]
    public async Task FindAsync_NothingSaved_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
    }

    [Fact]
    public async Task FindAsync_AfterSave_ReturnsEveryDetailReviewersSee()
    {
        var outdated = Outdated(Approved(path: BenefitText));
        await Store.SaveAsync([outdated], []);

        var found = await Store.FindAsync(IntranasalRoute, "es-ES", BenefitText);

        Assert.Equal(outdated, found);
        Assert.Equal(TranslationStatus.Outdated, found!.EffectiveStatus);
        Assert.Equal("Within minutes.", found.PendingSourceChange!.OldSourceText);
        Assert.Equal(Ana, found.TranslatedBy);
    }

    [Fact]
    public async Task FindAsync_MachineDraftPostEdited_KeepsTheEngineItsOutputAndWhoAskedForIt()
    {
        var postEdited = Approved() with
        {
            Status = TranslationStatus.Translated,
            Machine = new MachineOrigin("Apertium", "apertium-apy en-es", Monday.AddHours(-1), Lucia, "<p>La ketamina se da <strong>por la nariz</strong>.</p>"),
        };
        await Store.SaveAsync([postEdited], []);

        var found = await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset);

        Assert.Equal(postEdited, found);
        Assert.Equal(Lucia, found!.Machine!.RequestedBy);
    }

    [Fact]
    public async Task FindAsync_CultureInOtherCase_FindsTheSameField()
    {
        await Store.SaveAsync([Approved(culture: "es-ES")], []);

        Assert.NotNull(await Store.FindAsync(IntranasalRoute, "ES-es", TypicalOnset));
        Assert.Null(await Store.FindAsync(IntranasalRoute, "ar", TypicalOnset));
        Assert.Null(await Store.FindAsync(IntranasalRoute, "es-ES", FieldPath.Of("howItWorks")));
    }

    [Fact]
    public async Task SaveAsync_SameFieldAgain_ReplacesTheState()
    {
        await Store.SaveAsync([Approved()], []);
        var resent = Approved() with { Status = TranslationStatus.InTranslation, ChangedAt = Monday.AddDays(1) };

        await Store.SaveAsync([resent], []);

        Assert.Equal(resent, await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.Single(await Store.GetAllAsync());
    }

    [Fact]
    public async Task SaveTransitionsAsync_FromTheStoredState_SavesStateAndAudit()
    {
        await Store.SaveAsync([Approved()], []);
        var reopened = Approved() with { Status = TranslationStatus.Translated, ChangedAt = Monday.AddDays(1) };

        var saved = await Store.SaveTransitionsAsync([new StateTransition(Approved(), reopened), new StateTransition(null, Approved(culture: "ar"))], [Entry(TranslationAction.Edit, Monday.AddDays(1))]);

        Assert.True(saved);
        Assert.Equal(reopened, await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.NotNull(await Store.FindAsync(IntranasalRoute, "ar", TypicalOnset));
        Assert.Single(await Store.GetAuditTrailAsync(IntranasalRoute));
    }

    [Fact]
    public async Task SaveTransitionsAsync_StateChangedByAnotherUserSinceRead_SavesNothingAndSaysSo()
    {
        await Store.SaveAsync([Approved()], []);
        var readByAna = Approved();
        var reviewerReopened = Approved() with { Status = TranslationStatus.InReview, ChangedAt = Monday.AddHours(2) };
        await Store.SaveTransitionsAsync([new StateTransition(readByAna, reviewerReopened)], []);

        var saved = await Store.SaveTransitionsAsync(
            [new StateTransition(null, Approved(culture: "ar")), new StateTransition(readByAna, readByAna with { Status = TranslationStatus.Translated, ChangedAt = Monday.AddHours(3) })],
            [Entry(TranslationAction.Edit, Monday.AddHours(3))]);

        Assert.False(saved);
        Assert.Equal(reviewerReopened, await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.Null(await Store.FindAsync(IntranasalRoute, "ar", TypicalOnset));
        Assert.Empty(await Store.GetAuditTrailAsync(IntranasalRoute));
    }

    [Fact]
    public async Task SaveTransitionsAsync_FieldCreatedByAnotherUserSinceRead_SavesNothing()
    {
        await Store.SaveAsync([Approved()], []);

        var saved = await Store.SaveTransitionsAsync([new StateTransition(null, Approved() with { Status = TranslationStatus.InTranslation })], []);

        Assert.False(saved);
        Assert.Equal(Approved(), await Store.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
    }

    [Fact]
    public async Task CountByStatusAsync_StatesSavedAndChanged_CountsEachDocumentCultureAndEffectiveStatus()
    {
        await Store.SaveAsync([Approved(), Approved(path: BenefitText), Approved(culture: "ar"), Approved(document: InfusionRoute)], []);
        await Store.SaveAsync([Outdated(Approved(path: BenefitText))], []);
        await Store.SaveTransitionsAsync([new StateTransition(Approved(culture: "ar"), Approved(culture: "ar") with { Status = TranslationStatus.InReview, ChangedAt = Monday.AddDays(1) })], []);

        var tallies = await Store.CountByStatusAsync();

        Assert.Equal(
            [
                (IntranasalRoute, "AR", TranslationStatus.InReview, 1),
                (IntranasalRoute, "ES-ES", TranslationStatus.Approved, 1),
                (IntranasalRoute, "ES-ES", TranslationStatus.Outdated, 1),
                (InfusionRoute, "ES-ES", TranslationStatus.Approved, 1),
            ],
            tallies.Select(t => (t.DocumentKey, t.Culture.ToUpperInvariant(), t.Status, t.Count)).OrderBy(t => t.DocumentKey == InfusionRoute).ThenBy(t => t.Item2, StringComparer.Ordinal).ThenBy(t => t.Status));
    }

    [Fact]
    public async Task GetTallyVersionAsync_StatesSavedOrTransitionRefused_ChangesOnlyWhenTheTalliesMay()
    {
        var start = await Store.GetTallyVersionAsync();
        await Store.SaveAsync([Approved()], []);
        var afterSave = await Store.GetTallyVersionAsync();
        await Store.SaveTransitionsAsync([new StateTransition(null, Approved() with { Status = TranslationStatus.InTranslation })], []);
        var afterRefused = await Store.GetTallyVersionAsync();
        await Store.SaveAsync([], [Entry(TranslationAction.Edit, Monday)]);
        var afterAuditOnly = await Store.GetTallyVersionAsync();
        await Store.SaveTransitionsAsync([new StateTransition(Approved(), Approved() with { Status = TranslationStatus.InReview, ChangedAt = Monday.AddDays(1) })], []);

        Assert.NotEqual(start, afterSave);
        Assert.Equal(afterSave, afterRefused);
        Assert.Equal(afterSave, afterAuditOnly);
        Assert.NotEqual(afterSave, await Store.GetTallyVersionAsync());
    }

    [Fact]
    public async Task CountByStatusAsync_TransitionRefused_KeepsTheCountsOfTheStoredStates()
    {
        await Store.SaveAsync([Approved()], []);

        await Store.SaveTransitionsAsync([new StateTransition(null, Approved() with { Status = TranslationStatus.InTranslation })], []);

        var tally = Assert.Single(await Store.CountByStatusAsync());
        Assert.Equal((TranslationStatus.Approved, 1), (tally.Status, tally.Count));
    }

    [Fact]
    public async Task CountByStatusAsync_LastStateOfAStatusReplaced_LeavesNoZeroCount()
    {
        await Store.SaveAsync([Approved()], []);

        await Store.SaveAsync([Approved() with { Status = TranslationStatus.InTranslation, ChangedAt = Monday.AddDays(1) }], []);

        var tally = Assert.Single(await Store.CountByStatusAsync());
        Assert.Equal((TranslationStatus.InTranslation, 1), (tally.Status, tally.Count));
    }

    [Fact]
    public async Task SaveAsync_UntranslatedState_KeepsItsEmptyDetails()
    {
        var untranslated = FieldTranslationState.Untranslated(IntranasalRoute, "ar", TypicalOnset);

        await Store.SaveAsync([untranslated], []);

        Assert.Equal(untranslated, await Store.FindAsync(IntranasalRoute, "ar", TypicalOnset));
    }

    [Fact]
    public async Task GetByDocumentAsync_TwoDocuments_ReturnsOnlyThatDocumentsStatesInEveryCulture()
    {
        await Store.SaveAsync([Approved(), Approved(culture: "ar"), Approved(path: BenefitText), Approved(document: InfusionRoute)], []);

        var states = await Store.GetByDocumentAsync(IntranasalRoute);

        Assert.Equal(3, states.Count);
        Assert.All(states, s => Assert.Equal(IntranasalRoute, s.DocumentKey));
        Assert.Equal(4, (await Store.GetAllAsync()).Count);
    }

    [Fact]
    public async Task GetAuditTrailAsync_EntriesAtTheSameTime_KeepTheOrderTheyWereSavedIn()
    {
        await Store.SaveAsync([], [Entry(TranslationAction.Approve, Monday.AddHours(3), details: "InReview → Approved")]);
        await Store.SaveAsync([], [
            Entry(TranslationAction.Import, Monday, details: "first"),
            Entry(TranslationAction.SubmitForReview, Monday, details: "second"),
            Entry(TranslationAction.Edit, Monday, details: "third"),
        ]);

        var trail = await Store.GetAuditTrailAsync(IntranasalRoute);

        Assert.Equal(["first", "second", "third", "InReview → Approved"], trail.Select(e => e.Details));
    }

    [Fact]
    public async Task GetAuditTrailAsync_TimesWithOffsets_OrdersByTheInstant()
    {
        // 10:30 in Madrid (UTC+2) is 08:30 UTC, before 09:00 UTC.
        var madrid = new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.FromHours(2));
        await Store.SaveAsync([], [Entry(TranslationAction.Approve, Monday, details: "utc"), Entry(TranslationAction.Edit, madrid, details: "madrid")]);

        var trail = await Store.GetAuditTrailAsync(IntranasalRoute);

        Assert.Equal(["madrid", "utc"], trail.Select(e => e.Details));
        Assert.Equal(madrid, trail[0].At);
    }

    [Fact]
    public async Task GetAuditTrailAsync_OtherDocument_IsNotIncluded()
    {
        var publish = new TranslationAuditEntry(IntranasalRoute, "es-ES", null, TranslationAction.Publish, Lucia, Monday, null);
        await Store.SaveAsync([], [publish, Entry(TranslationAction.Edit, Monday, document: InfusionRoute)]);

        var trail = await Store.GetAuditTrailAsync(IntranasalRoute);

        Assert.Equal([publish], trail);
    }
}
