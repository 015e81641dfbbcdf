using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class TranslationExportServiceTests
{
    [Fact]
    public async Task LabelAsync_NoDocumentsChosenInAnArabicInterface_RefusalReadsInArabicAndMessagesStayEnglish()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.Export.ExportAsync(new TranslationExportRequest { DocumentKeys = [], TargetCulture = "fr-FR", Format = ExchangeFormat.Xliff12 }, ExchangeFixture.Claire);

        var labelled = await fixture.Export.LabelAsync(export, "ar");

        Assert.Equal(TranslationExportStatus.NoDocuments, labelled.Status);
        Assert.Equal("Choose at least one document to export.", Assert.Single(export.Messages));
        Assert.Equal("اختر مستندًا واحدًا على الأقل للتصدير.", Assert.Single(labelled.Messages));
    }

    [Fact]
    public async Task LabelAsync_TranslatorExportsAnotherLanguageInASpanishInterface_RefusalNamesTheirLanguagesInSpanish()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync(culture: "fr-FR", actor: Ana);

        var labelled = await fixture.Export.LabelAsync(export, "es-ES");

        Assert.Equal(TranslationExportStatus.CultureNotAllowed, labelled.Status);
        Assert.Equal("Ana García may not work on fr-FR; their languages are es-ES.", Assert.Single(export.Messages));
        Assert.Equal("Ana García no puede trabajar en fr-FR; sus idiomas son es-ES.", Assert.Single(labelled.Messages));
    }

    [Fact]
    public async Task LabelAsync_SourceHoldsACharacterAFileCannotCarry_SpanishRefusalNamesTheFieldByItsLabel()
    {
        var fixture = new ExchangeFixture();
        var medication = FieldPath.Of(TreatmentRouteType.Medication);
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB", [new TranslatedField(medication, FieldKind.PlainText, "ketamine\u0001")]);
        var export = await fixture.ExportRouteAsync();

        var labelled = await fixture.Export.LabelAsync(export, "es");

        var message = Assert.Single(labelled.Messages);
        Assert.StartsWith($"Documento {IntranasalRouteKey}, campo {FieldLabels.Of(medication, null, "es")}: el texto en en-GB contiene U+0001", message, StringComparison.Ordinal);
        Assert.NotEqual(TreatmentRouteType.Medication, FieldLabels.Of(medication, null, "es"));
        Assert.Contains($"field {TreatmentRouteType.Medication}:", Assert.Single(export.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabelAsync_EverythingApprovedInAFrenchInterface_LeftOutNoteReadsInFrench()
    {
        var fixture = new ExchangeFixture();
        await fixture.Review.RecordEditsAsync(IntranasalRouteKey, "es-ES", null, Ana);
        await fixture.Review.SubmitForReviewAsync(IntranasalRouteKey, "es-ES", null, Ana);
        Assert.True((await fixture.Review.ApproveAsync(IntranasalRouteKey, "es-ES", null, Lucia)).Succeeded);
        var export = await fixture.ExportRouteAsync(culture: "es-ES", actor: Ana);

        var labelled = await fixture.Export.LabelAsync(export, "fr");

        Assert.Equal(TranslationExportStatus.NothingToTranslate, labelled.Status);
        Assert.EndsWith("is approved and current in es-ES: left out.", Assert.Single(export.Messages), StringComparison.Ordinal);
        Assert.EndsWith("est approuvé et à jour en es-ES : il n’a pas été inclus.", Assert.Single(labelled.Messages), StringComparison.Ordinal);
    }
}
