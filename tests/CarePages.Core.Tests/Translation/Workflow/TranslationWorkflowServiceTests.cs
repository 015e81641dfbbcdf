using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Workflow;

public sealed class TranslationWorkflowServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Workflow_FromExportToApproval_RecordsEveryStepWithActorAndTimeInOrder()
    {
        var (workflow, _, clock) = NewWorkflow();
        var unit = Unit();

        await workflow.ExportAsync(unit, "es-ES", Ana, None);
        clock.Advance(TimeSpan.FromHours(1));
        await workflow.ImportAsync(unit, "es-ES", unit.Fingerprint, Ana, None);
        clock.Advance(TimeSpan.FromHours(1));
        await workflow.SubmitForReviewAsync(unit, "es-ES", Ana, None);
        clock.Advance(TimeSpan.FromHours(1));
        var approved = await workflow.ApproveAsync(unit, "es-ES", Lucia, None);

        Assert.True(approved.Succeeded);
        Assert.Equal(TranslationStatus.Approved, approved.State.EffectiveStatus);
        Assert.Equal(Ana.Reference, approved.State.TranslatedBy);
        Assert.Equal(Lucia.Reference, approved.State.ChangedBy);
        Assert.Equal(Start.AddHours(3), approved.State.ChangedAt);
        var trail = await workflow.GetAuditTrailAsync(IntranasalRouteKey, None);
        Assert.Equal(
            [TranslationAction.Export, TranslationAction.Import, TranslationAction.SubmitForReview, TranslationAction.Approve],
            trail.Select(e => e.Action));
        Assert.Equal(["ana", "ana", "ana", "lucia"], trail.Select(e => e.Actor.UserKey));
        Assert.Equal([Start, Start.AddHours(1), Start.AddHours(2), Start.AddHours(3)], trail.Select(e => e.At));
        Assert.All(trail, e => Assert.Equal(unit.Path, e.Path));
        Assert.Equal("InReview → Approved", trail[^1].Details);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fr-FR")]
    public async Task ExportAsync_ACultureOutsideTheTranslatorsLanguages_IsRefusedAndNotRecorded(string culture)
    {
        var (workflow, store, _) = NewWorkflow();

        var result = await workflow.ExportAsync(Unit(), culture, Ana, None);

        Assert.Equal(TranslationOperationStatus.CultureNotAllowed, result.Status);
        Assert.Empty(await store.GetAllAsync(None));
        Assert.Empty(await workflow.GetAuditTrailAsync(IntranasalRouteKey, None));
    }

    [Fact]
    public async Task ImportAndEdit_ACultureOutsideTheTranslatorsLanguages_AreRefused()
    {
        var (workflow, _, _) = NewWorkflow();
        await workflow.ExportAsync(Unit(), "ar", Rami, None);

        Assert.Equal(TranslationOperationStatus.CultureNotAllowed, (await workflow.ImportAsync(Unit(), "ar", Unit().Fingerprint, Ana, None)).Status);
        Assert.Equal(TranslationOperationStatus.CultureNotAllowed, (await workflow.EditAsync(Unit(), "ar", Ana, None)).Status);
    }

    [Fact]
    public async Task ExportAsync_IntoTheSourceCulture_IsRefused()
    {
        var (workflow, _, _) = NewWorkflow();
        var everyone = Ana with { Cultures = ["en-GB", "es-ES"] };

        Assert.Equal(TranslationOperationStatus.SourceCulture, (await workflow.ExportAsync(Unit(), "en-gb", everyone, None)).Status);
    }

    [Fact]
    public async Task ApproveAsync_ByTheReviewerWhoTranslatedIt_IsSelfApproval()
    {
        var (workflow, _, _) = NewWorkflow();
        await workflow.EditAsync(Unit(), "es-ES", Lucia, None);
        await workflow.SubmitForReviewAsync(Unit(), "es-ES", Lucia, None);

        var result = await workflow.ApproveAsync(Unit(), "es-ES", Lucia, None);

        Assert.Equal(TranslationOperationStatus.SelfApproval, result.Status);
        Assert.Equal(TranslationStatus.InReview, result.State.Status);
    }

    [Fact]
    public async Task RecordSourceChangesAsync_ChangedSource_MarksEveryTranslatedCultureOutdatedWithTheDiff()
    {
        var (workflow, store, _) = NewWorkflow();
        await ApproveAsync(workflow, Unit());
        await workflow.EditAsync(Unit(), "ar", Rami, None);

        var changed = await workflow.RecordSourceChangesAsync([Unit("Often within an hour.")], Editor, None);

        Assert.Equal(2, changed.Count);
        var spanish = await store.FindAsync(IntranasalRouteKey, "es-ES", Unit().Path, None);
        Assert.Equal(TranslationStatus.Outdated, spanish!.EffectiveStatus);
        Assert.Equal(Unit().SourceText, spanish.PendingSourceChange!.OldSourceText);
        Assert.Equal("Often within an hour.", spanish.PendingSourceChange.NewSourceText);
        var trail = await workflow.GetAuditTrailAsync(IntranasalRouteKey, None);
        Assert.Equal(2, trail.Count(e => e.Action == TranslationAction.SourceChange && e.Actor == Editor.Reference));
    }

    [Fact]
    public async Task RecordSourceChangesAsync_OnlyWhiteSpaceChanged_MarksNothingOutdated()
    {
        var (workflow, _, _) = NewWorkflow();
        await ApproveAsync(workflow, Unit());

        var changed = await workflow.RecordSourceChangesAsync([Unit("  Ketamine is given\r\nas a nasal   spray. ")], Editor, None);

        Assert.Empty(changed);
    }

    [Fact]
    public async Task MarkNoRetranslationNeededAsync_AfterASourceChange_ReturnsTheApprovedStatusWithTheNewFingerprint()
    {
        var (workflow, _, _) = NewWorkflow();
        await ApproveAsync(workflow, Unit());
        var corrected = Unit("Ketamine is given as a nasal spray!");
        await workflow.RecordSourceChangesAsync([corrected], Editor, None);

        var result = await workflow.MarkNoRetranslationNeededAsync(corrected, "es-ES", Editor, None);

        Assert.True(result.Succeeded);
        Assert.Equal(TranslationStatus.Approved, result.State.EffectiveStatus);
        Assert.Equal(corrected.Fingerprint, result.State.SourceFingerprint);
        var trail = await workflow.GetAuditTrailAsync(IntranasalRouteKey, None);
        Assert.Equal(TranslationAction.NoRetranslationNeeded, trail[^1].Action);
    }

    [Fact]
    public async Task ApproveAsync_WhenTheSourceChangedSinceReviewWasAsked_IsSourceOutdatedEvenBeforeTheChangeWasRecorded()
    {
        var (workflow, _, _) = NewWorkflow();
        await workflow.EditAsync(Unit(), "es-ES", Ana, None);
        await workflow.SubmitForReviewAsync(Unit(), "es-ES", Ana, None);

        var result = await workflow.ApproveAsync(Unit("Usually within 15 minutes."), "es-ES", Lucia, None);

        Assert.Equal(TranslationOperationStatus.SourceOutdated, result.Status);
    }

    [Fact]
    public async Task ImportAsync_OfAFileMadeFromAnOlderSource_IsTranslatedButOutdatedWithTheDiff()
    {
        var (workflow, _, _) = NewWorkflow();
        var exported = (await workflow.ExportAsync(Unit(), "es-ES", Ana, None)).State;
        var changed = Unit("Usually within 15 minutes.");

        var result = await workflow.ImportAsync(changed, "es-ES", exported.SourceFingerprint!, Ana, None);

        Assert.True(result.Succeeded);
        Assert.Equal(TranslationStatus.Translated, result.State.Status);
        Assert.True(result.State.IsOutdated);
        Assert.Equal(Unit().SourceText, result.State.PendingSourceChange!.OldSourceText);
    }

    [Fact]
    public async Task EditAsync_OfAnApprovedField_NeedsReviewAgain()
    {
        var (workflow, _, _) = NewWorkflow();
        await ApproveAsync(workflow, Unit());

        var result = await workflow.EditAsync(Unit(), "es-ES", Ana, None);

        Assert.Equal(TranslationStatus.Translated, result.State.EffectiveStatus);
    }
}
