using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Publishing;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Publishing;

public sealed class TranslationPublishRequirementTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GetPublishBlockersAsync_SpanishRouteWithSomeFieldsApproved_NamesEveryOtherFieldWithItsStatus()
    {
        var (workflow, _, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute());
        var howItWorks = units.Single(u => u.Path.Value == TreatmentRouteType.HowItWorks);
        var medication = units.Single(u => u.Path.Value == TreatmentRouteType.Medication);
        foreach (var unit in units.Where(u => u != howItWorks && u != medication))
        {
            await ApproveAsync(workflow, unit);
        }

        await workflow.ExportAsync(howItWorks, "es-ES", Ana, None);

        var blockers = await workflow.GetPublishBlockersAsync(units, "es-ES", None);

        Assert.Equal(
            [new PublishBlocker(medication.Path, medication.Name, TranslationStatus.Untranslated), new PublishBlocker(howItWorks.Path, howItWorks.Name, TranslationStatus.InTranslation)],
            blockers);
        Assert.Equal("How it works", blockers[1].Name);
    }

    [Fact]
    public async Task GetPublishBlockersAsync_AnApprovedBlockFieldWhoseSourceChanged_BlocksAsOutdated()
    {
        var (workflow, _, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute());
        foreach (var unit in units)
        {
            await ApproveAsync(workflow, unit);
        }

        var benefit = units.First(u => u.Path.IsInBlock);
        var changed = units.Select(u => u == benefit ? u with { SourceText = "Quick to use" } : u).ToArray();

        var blockers = await workflow.GetPublishBlockersAsync(changed, "es-ES", None);

        Assert.Equal([new PublishBlocker(benefit.Path, "Title", TranslationStatus.Outdated)], blockers);
        Assert.Empty(await workflow.GetPublishBlockersAsync(units, "es-ES", None));
    }

    [Fact]
    public void BlockingFields_TheSourceCulture_IsNeverBlocked()
    {
        var units = TranslatableUnits.Of(IntranasalRoute());

        Assert.Empty(TranslationPublishRequirement.BlockingFields(units, "en-GB", []));
        Assert.NotEmpty(TranslationPublishRequirement.BlockingFields(units, "ar", []));
    }

    [Fact]
    public void BlockingFields_ANonClinicalDocumentType_IsNeverBlocked()
    {
        var units = TranslatableUnits.Of(IntranasalRoute()).Select(u => u with { ContentTypeAlias = "carePagesNewsArticle" }).ToArray();

        Assert.Empty(TranslationPublishRequirement.BlockingFields(units, "es-ES", []));
    }

    [Fact]
    public async Task RecordPublishAsync_WhileFieldsAreNotApproved_IsRefusedAndOnceApprovedIsAudited()
    {
        var (workflow, _, _) = NewWorkflow();
        var units = TranslatableUnits.Of(IntranasalRoute());

        var refused = await workflow.RecordPublishAsync(IntranasalRouteKey, units, "es-ES", Editor, None);
        foreach (var unit in units)
        {
            await ApproveAsync(workflow, unit);
        }

        var published = await workflow.RecordPublishAsync(IntranasalRouteKey, units, "es-ES", Editor, None);

        Assert.Equal(TranslationOperationStatus.TranslationsNotApproved, refused);
        Assert.Equal(TranslationOperationStatus.Success, published);
        var last = (await workflow.GetAuditTrailAsync(IntranasalRouteKey, None))[^1];
        Assert.Equal((TranslationAction.Publish, "es-ES", (FieldPath?)null, Editor.Reference), (last.Action, last.Culture, last.Path, last.Actor));
    }
}
