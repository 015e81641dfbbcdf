using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Workflow;

/// <summary>How a machine draft moves through the workflow: a person takes it on before anyone may approve it.</summary>
public sealed class TranslationWorkflowServiceMachineTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SubmitForReviewAsync_MachineDraftSentByAReviewer_SheCountsAsItsTranslatorAndCannotApproveIt()
    {
        var (workflow, _, _) = NewWorkflow();
        await workflow.ApplyToDocumentAsync(TranslationAction.MachineTranslate, [(Unit(), null)], "es-ES", Ana, None);

        var submitted = await workflow.SubmitForReviewAsync(Unit(), "es-ES", Lucia, None);
        var approval = await workflow.ApproveAsync(Unit(), "es-ES", Lucia, None);

        Assert.Equal("lucia", submitted.State.TranslatedBy!.UserKey);
        Assert.Equal(TranslationOperationStatus.SelfApproval, approval.Status);
    }

    [Fact]
    public async Task ApplyToDocumentAsync_MachineTranslateAnApprovedFieldWhoseSourceChanged_DraftsIt()
    {
        var (workflow, _, _) = NewWorkflow();
        await ApproveAsync(workflow, Unit());
        var changed = Unit("Ketamine is given as a spray into the nose.");

        var result = await workflow.ApplyToDocumentAsync(TranslationAction.MachineTranslate, [(changed, null)], "es-ES", Ana, None);

        var state = Assert.Single(result.Fields).State;
        Assert.Equal(TranslationStatus.MachineTranslated, state.EffectiveStatus);
        Assert.Null(state.TranslatedBy);
    }

    [Fact]
    public async Task ApplyToDocumentAsync_MachineTranslateAnApprovedCurrentField_RefusedAndNothingSaved()
    {
        var (workflow, store, _) = NewWorkflow();
        await ApproveAsync(workflow, Unit());

        var result = await workflow.ApplyToDocumentAsync(TranslationAction.MachineTranslate, [(Unit(), null)], "es-ES", Ana, None);

        Assert.Equal(TranslationOperationStatus.InvalidTransition, result.Status);
        Assert.Equal(TranslationStatus.Approved, (await store.FindAsync(Unit().DocumentKey, "es-ES", Unit().Path, None))!.Status);
    }
}
