using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>Files that come back twice, or late: a replay changes nothing, an older file never silently wins.</summary>
public sealed class TranslationImportServiceHistoryTests
{
    [Fact]
    public async Task ImportAsync_SameFileAgain_IsReportedAsAlreadyAppliedAndWritesNothing()
    {
        var fixture = new ExchangeFixture();
        var file = await fixture.PseudoTranslatedRouteAsync("[fr] ");
        Assert.Equal(TranslationImportStatus.Success, (await fixture.ImportAsync(file)).Status);
        var audit = (await fixture.States.GetAuditTrailAsync(IntranasalRouteKey)).Count;
        fixture.Clock.Advance(TimeSpan.FromHours(1));

        var again = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.AlreadyApplied, again.Status);
        Assert.True(again.Succeeded);
        Assert.All(again.Documents.Single().Fields, f => Assert.Equal(FieldImportOutcome.AlreadyApplied, f.Outcome));
        Assert.Single(fixture.Drafts.Saves);
        Assert.Equal(audit, (await fixture.States.GetAuditTrailAsync(IntranasalRouteKey)).Count);
    }

    [Fact]
    public async Task ImportAsync_OlderJobAfterANewerOne_KeepsTheNewerTranslationsAndReportsEachDiff()
    {
        var fixture = new ExchangeFixture();
        var older = await fixture.PseudoTranslatedRouteAsync("[f1] ");
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var newer = await fixture.PseudoTranslatedRouteAsync("[f2] ");
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TranslationImportStatus.Success, (await fixture.ImportAsync(newer)).Status);
        var audit = (await fixture.States.GetAuditTrailAsync(IntranasalRouteKey)).Count;
        fixture.Clock.Advance(TimeSpan.FromHours(1));

        var late = await fixture.ImportAsync(older);

        Assert.Equal(TranslationImportStatus.NeedsConfirmation, late.Status);
        var name = late.Documents.Single().Fields.Single(f => f.Path == FieldPath.NodeName.Value);
        Assert.Equal(FieldImportOutcome.NewerTranslationKept, name.Outcome);
        Assert.Equal(("[f2] Intranasal ketamine", "[f1] Intranasal ketamine", ExchangeFixture.Claire.Reference), (name.Diff!.InDraft, name.Diff.InFile, name.Diff.ChangedBy));
        Assert.Equal("[f2] Intranasal ketamine", fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.Equal(audit, (await fixture.States.GetAuditTrailAsync(IntranasalRouteKey)).Count);

        var confirmed = await fixture.ImportAsync(older, replaceNewerTranslations: true);

        Assert.Equal(TranslationImportStatus.Success, confirmed.Status);
        Assert.Equal("[f1] Intranasal ketamine", fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
    }

    [Fact]
    public async Task ImportAsync_CorrectedFileOfTheSameJob_ReplacesItsOwnEarlierImport()
    {
        var fixture = new ExchangeFixture();
        var export = Encoding.UTF8.GetString(Assert.Single((await fixture.ExportRouteAsync()).Files).Content.Span);
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TranslationImportStatus.Success, (await fixture.ImportAsync(ExchangeFixture.PseudoTranslate(export, "[fx] "))).Status);
        fixture.Clock.Advance(TimeSpan.FromHours(1));

        var corrected = await fixture.ImportAsync(ExchangeFixture.PseudoTranslate(export, "[fr] "));

        Assert.Equal(TranslationImportStatus.Success, corrected.Status);
        Assert.Equal("[fr] Intranasal ketamine", fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.Equal(2, (await fixture.States.GetAuditTrailAsync(IntranasalRouteKey)).Count(e => e.Action == TranslationAction.Import && e.Path == FieldPath.NodeName));
    }

    [Fact]
    public async Task ImportAsync_EditedInTheBackofficeAfterExport_KeepsTheEditUnlessConfirmed()
    {
        var fixture = new ExchangeFixture();
        var file = await fixture.PseudoTranslatedRouteAsync("[fr] ");
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var draft = fixture.Drafts[IntranasalRouteKey];
        fixture.Drafts[IntranasalRouteKey] = draft with { Variants = [.. draft.Variants, new DocumentVariant("fr-FR", null, "Kétamine intranasale")] };
        var unit = TranslatableUnits.Of(CultureDocumentFactory.Create(draft, "en-GB")).Single(u => u.Path == FieldPath.NodeName);
        await fixture.Workflow.EditAsync(unit, "fr-FR", ExchangeFixture.Claire);
        fixture.Clock.Advance(TimeSpan.FromHours(1));

        var report = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.NeedsConfirmation, report.Status);
        Assert.Equal("Kétamine intranasale", fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.Equal(TranslationImportStatus.Success, (await fixture.ImportAsync(file, replaceNewerTranslations: true)).Status);
    }
}
