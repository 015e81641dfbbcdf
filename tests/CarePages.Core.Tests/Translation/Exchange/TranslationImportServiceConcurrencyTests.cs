using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>Imports racing other saves of the same document: nothing is lost and no state is recorded for unsaved text.</summary>
public sealed class TranslationImportServiceConcurrencyTests
{
    [Fact]
    public async Task ImportAsync_AnotherCultureSavedBetweenReadAndSave_TriesAgainAndKeepsBothTranslations()
    {
        var fixture = new ExchangeFixture();
        var file = await fixture.PseudoTranslatedRouteAsync();
        fixture.Drafts.BeforeSave = drafts =>
        {
            drafts.BeforeSave = null;
            drafts[IntranasalRouteKey] = WithName(drafts[IntranasalRouteKey], "es-ES", "Ketamina intranasal (revisada)");
        };

        var report = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var draft = fixture.Drafts[IntranasalRouteKey];
        Assert.Equal("[fr] Intranasal ketamine", draft.NameIn("fr-FR"));
        Assert.Equal("Ketamina intranasal (revisada)", draft.NameIn("es-ES"));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.Translated, s.Status));
    }

    [Fact]
    public async Task ImportAsync_DraftChangesOnEveryAttempt_SavesNothingRecordsNothingAndSaysWhy()
    {
        var fixture = new ExchangeFixture(new TranslationExchangeOptions { MaxSaveAttempts = 3 });
        var file = await fixture.PseudoTranslatedRouteAsync();
        var edits = 0;
        fixture.Drafts.BeforeSave = drafts => drafts[IntranasalRouteKey] = WithName(drafts[IntranasalRouteKey], "es-ES", $"Ketamina intranasal {++edits}");

        var report = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.NothingApplied, report.Status);
        Assert.Contains("Other users saved document", report.Documents.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(3, edits);
        Assert.Null(fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.Empty(fixture.Drafts.Saves);
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.InTranslation, s.Status));
        Assert.DoesNotContain(await fixture.States.GetAuditTrailAsync(IntranasalRouteKey), e => e.Action == TranslationAction.Import);
    }

    [Fact]
    public async Task ImportAsync_StateChangedAfterTheDraftWasSaved_PutsTheDraftBackAndTriesAgain()
    {
        var fixture = new ExchangeFixture();
        var file = await fixture.PseudoTranslatedRouteAsync();
        var before = fixture.Drafts[IntranasalRouteKey];
        var draftsAfterFirstSave = new List<MultiCultureDocument>();
        fixture.Drafts.AfterSave = () =>
        {
            fixture.Drafts.AfterSave = null;
            draftsAfterFirstSave.Add(fixture.Drafts[IntranasalRouteKey]);
            var name = fixture.States.FindAsync(IntranasalRouteKey, "fr-FR", FieldPath.NodeName).Result!;
            fixture.States.SaveAsync([name with { ChangedAt = name.ChangedAt!.Value.AddSeconds(1) }], []).Wait();
        };

        var report = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        Assert.Equal(3, fixture.Drafts.Saves.Count);
        Assert.Equal("[fr] Intranasal ketamine", Assert.Single(draftsAfterFirstSave).NameIn("fr-FR"));
        Assert.Equal("[fr] Intranasal ketamine", fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.Null(before.NameIn("fr-FR"));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.Translated, s.Status));
        var imports = (await fixture.States.GetAuditTrailAsync(IntranasalRouteKey)).Count(e => e.Action == TranslationAction.Import);
        Assert.Equal((await fixture.States.GetByDocumentAsync(IntranasalRouteKey)).Count, imports);
    }

    private static MultiCultureDocument WithName(MultiCultureDocument document, string culture, string name) =>
        document with { Variants = [.. document.Variants.Where(v => v.Culture != culture), new DocumentVariant(culture, null, name)] };
}
