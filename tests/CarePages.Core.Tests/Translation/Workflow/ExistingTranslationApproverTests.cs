using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Workflow;

public sealed class ExistingTranslationApproverTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ApproveAsync_SampleSpanishRoute_EveryFieldIsApprovedAndTheCultureMayBePublished()
    {
        var (workflow, store, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute());

        var result = await new ExistingTranslationApprover(workflow, store).ApproveAsync(IntranasalRoute(), IntranasalRoute("es-ES"), Ana, Lucia, None);

        Assert.True(result.Succeeded);
        Assert.Equal(units.Count, result.Fields.Count);
        Assert.All(await store.GetByDocumentAsync(IntranasalRouteKey, None), s => Assert.Equal(TranslationStatus.Approved, s.EffectiveStatus));
        Assert.Empty(await workflow.GetPublishBlockersAsync(units, "es-ES", None));
    }

    [Fact]
    public async Task ApproveAsync_SampleArabicRoute_TheAuditTrailNamesTheTranslatorAndTheReviewer()
    {
        var (workflow, store, _) = NewWorkflow();

        await new ExistingTranslationApprover(workflow, store).ApproveAsync(IntranasalRoute(), IntranasalRoute("ar"), Rami, Lucia, None);

        var trail = await workflow.GetAuditTrailAsync(IntranasalRouteKey, None);
        var name = Assert.Single(trail, e => e.Action == TranslationAction.Approve && e.Path == FieldPath.NodeName);
        Assert.Equal("Lucía Pérez (reviewer)", name.Actor.DisplayName);
        Assert.Contains(trail, e => e.Action == TranslationAction.Edit && e.Path == FieldPath.NodeName && e.Actor.DisplayName == "Rami Haddad");
    }

    [Fact]
    public async Task ApproveAsync_AFieldAlreadyInTranslation_LeavesItAndApprovesTheRest()
    {
        var (workflow, store, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute());
        await workflow.ExportAsync(units[1], "es-ES", Ana, None);

        var result = await new ExistingTranslationApprover(workflow, store).ApproveAsync(IntranasalRoute(), IntranasalRoute("es-ES"), Ana, Lucia, None);

        Assert.Equal(units.Count - 1, result.Fields.Count);
        Assert.Equal(TranslationStatus.InTranslation, (await store.FindAsync(IntranasalRouteKey, "es-ES", units[1].Path, None))!.Status);
        Assert.Single(await workflow.GetPublishBlockersAsync(units, "es-ES", None));
    }

    [Fact]
    public async Task ApproveAsync_RunTwice_RecordsNothingTheSecondTime()
    {
        var (workflow, store, _) = NewWorkflow();
        var approver = new ExistingTranslationApprover(workflow, store);
        await approver.ApproveAsync(IntranasalRoute(), IntranasalRoute("es-ES"), Ana, Lucia, None);
        var trail = (await workflow.GetAuditTrailAsync(IntranasalRouteKey, None)).Count;

        var again = await approver.ApproveAsync(IntranasalRoute(), IntranasalRoute("es-ES"), Ana, Lucia, None);

        Assert.Empty(again.Fields);
        Assert.Equal(trail, (await workflow.GetAuditTrailAsync(IntranasalRouteKey, None)).Count);
    }

    [Fact]
    public async Task ApproveAsync_ReviewerWhoIsNotAReviewer_IsRefusedAndNothingIsApproved()
    {
        var (workflow, store, _) = NewWorkflow();

        var result = await new ExistingTranslationApprover(workflow, store).ApproveAsync(IntranasalRoute(), IntranasalRoute("es-ES"), Ana, Editor, None);

        Assert.Equal(TranslationOperationStatus.NotReviewer, result.Status);
        Assert.DoesNotContain(await store.GetByDocumentAsync(IntranasalRouteKey, None), s => s.Status == TranslationStatus.Approved);
    }

    [Fact]
    public async Task ApproveSampleAsync_SampleRoute_ApprovesSpanishAndArabicByTheSampleTeam()
    {
        var (workflow, store, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute());

        var result = await new ExistingTranslationApprover(workflow, store).ApproveSampleAsync(culture => IntranasalRoute(culture), None);

        Assert.True(result.Succeeded);
        Assert.Empty(await workflow.GetPublishBlockersAsync(units, "es-ES", None));
        Assert.Empty(await workflow.GetPublishBlockersAsync(units, "ar", None));
        Assert.All((await workflow.GetAuditTrailAsync(IntranasalRouteKey, None)).Where(e => e.Action == TranslationAction.Approve),
            e => Assert.Equal(SampleClinicTeam.Reviewer.Reference, e.Actor));
    }
}
