using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Workflow;

public sealed class TranslationWorkflowServiceBatchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ApplyToDocumentAsync_EveryFieldExported_ImportsThemTogether()
    {
        var (workflow, store, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute()).Take(3).ToArray();
        await workflow.ApplyToDocumentAsync(TranslationAction.Export, units.Select(u => (u, (SourceFingerprint?)null)).ToArray(), "es-ES", Ana, cancellationToken: None);

        var result = await workflow.ApplyToDocumentAsync(TranslationAction.Import, units.Select(u => (u, (SourceFingerprint?)u.Fingerprint)).ToArray(), "es-ES", Ana, cancellationToken: None);

        Assert.True(result.Succeeded);
        var states = await store.GetByDocumentAsync(IntranasalRouteKey, None);
        Assert.Equal(3, states.Count(s => s.Status == TranslationStatus.Translated));
        Assert.Equal(6, (await workflow.GetAuditTrailAsync(IntranasalRouteKey, None)).Count);
    }

    [Fact]
    public async Task ApplyToDocumentAsync_OneFieldAlreadyApproved_SavesNothingAndSaysWhichFieldWasRefused()
    {
        var (workflow, store, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute()).Take(3).ToArray();
        await ApproveAsync(workflow, units[1]);
        var trailBefore = (await workflow.GetAuditTrailAsync(IntranasalRouteKey, None)).Count;

        var result = await workflow.ApplyToDocumentAsync(TranslationAction.Export, units.Select(u => (u, (SourceFingerprint?)null)).ToArray(), "es-ES", Ana, cancellationToken: None);

        Assert.Equal(TranslationOperationStatus.AlreadyApproved, result.Status);
        Assert.Equal([true, false, true], result.Fields.Select(f => f.Succeeded));
        Assert.All(result.Fields, f => Assert.NotEqual(TranslationStatus.InTranslation, f.State.Status));
        Assert.Single(await store.GetByDocumentAsync(IntranasalRouteKey, None));
        Assert.Equal(trailBefore, (await workflow.GetAuditTrailAsync(IntranasalRouteKey, None)).Count);
    }
}
