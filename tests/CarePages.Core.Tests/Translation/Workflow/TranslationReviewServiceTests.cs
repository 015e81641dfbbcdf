using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Workflow;

public sealed class TranslationReviewServiceTests
{
    private static readonly FieldPath[] Medication = [FieldPath.Of(TreatmentRouteType.Medication)];

    [Fact]
    public async Task ApproveAsync_AnotherReviewerApprovesAnEditedField_OffersItAsAMemorySuggestion()
    {
        var fixture = new ExchangeFixture();
        await fixture.Review.RecordEditsAsync(IntranasalRouteKey, "es-ES", Medication, Ana);
        await fixture.Review.SubmitForReviewAsync(IntranasalRouteKey, "es-ES", Medication, Ana);

        var approved = await fixture.Review.ApproveAsync(IntranasalRouteKey, "es-ES", Medication, Lucia);

        Assert.True(approved.Succeeded);
        var suggestion = Assert.Single(await fixture.Memory.SuggestAsync("ketamine", "en-GB", "es-ES"));
        Assert.Equal(("ketamina", 100), (suggestion.Segment.TargetText, suggestion.Score));
        Assert.Equal(TranslationStatus.Approved, (await fixture.States.FindAsync(IntranasalRouteKey, "es-ES", Medication[0]))!.Status);
    }

    [Fact]
    public async Task ApproveAsync_TheTranslatorApprovesTheirOwnWork_RefusedAndNothingEntersTheMemory()
    {
        var fixture = new ExchangeFixture();
        var reviewingTranslator = Lucia;
        await fixture.Review.RecordEditsAsync(IntranasalRouteKey, "es-ES", Medication, reviewingTranslator);
        await fixture.Review.SubmitForReviewAsync(IntranasalRouteKey, "es-ES", Medication, reviewingTranslator);

        var approved = await fixture.Review.ApproveAsync(IntranasalRouteKey, "es-ES", Medication, reviewingTranslator);

        Assert.Equal(TranslationReviewStatus.Refused, approved.Status);
        Assert.Contains(approved.Fields, f => f.Status == TranslationOperationStatus.SelfApproval);
        Assert.Contains("another reviewer must approve it", approved.Message, StringComparison.Ordinal);
        Assert.Empty(await fixture.Memory.SuggestAsync("ketamine", "en-GB", "es-ES"));
    }

    [Fact]
    public async Task SubmitForReviewAsync_AFieldTheDocumentDoesNotHave_RefusedNamingIt()
    {
        var fixture = new ExchangeFixture();

        var result = await fixture.Review.SubmitForReviewAsync(IntranasalRouteKey, "es-ES", [FieldPath.Of("dosage")], Ana);

        Assert.Equal(TranslationReviewStatus.UnknownField, result.Status);
        Assert.Contains("dosage", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageIn_AFieldTheDocumentDoesNotHaveInASpanishInterface_RefusalReadsInSpanishAndMessageStaysEnglish()
    {
        var fixture = new ExchangeFixture();

        var result = await fixture.Review.SubmitForReviewAsync(IntranasalRouteKey, "es-ES", [FieldPath.Of("dosage")], Ana);

        Assert.Equal($"dosage is not a translatable field of document {IntranasalRouteKey}.", result.Message);
        Assert.Equal($"dosage no es un campo traducible del documento {IntranasalRouteKey}.", result.MessageIn("es-ES"));
    }

    [Fact]
    public async Task MessageInAsync_TheTranslatorApprovesTheirOwnWorkInAnArabicInterface_RefusalReadsInArabicNamingTheFieldByItsLabel()
    {
        var fixture = new ExchangeFixture();
        await fixture.Review.RecordEditsAsync(IntranasalRouteKey, "es-ES", Medication, Lucia);
        await fixture.Review.SubmitForReviewAsync(IntranasalRouteKey, "es-ES", Medication, Lucia);
        var approved = await fixture.Review.ApproveAsync(IntranasalRouteKey, "es-ES", Medication, Lucia);

        var message = await fixture.Review.MessageInAsync(approved, IntranasalRouteKey, "ar");

        Assert.Equal($"{FieldLabels.Of(Medication[0], null, "ar")}: أنت من ترجمه، لذا يجب أن يعتمده مراجع آخر (الحالة: قيد المراجعة). لم يُغيَّر أي شيء.", message);
        Assert.Equal($"{FieldLabels.Of(Medication[0], null, "en")}: you translated it, so another reviewer must approve it (status: in review). Nothing was changed.", approved.Message);
        Assert.NotEqual(FieldLabels.Of(Medication[0], null, "en"), FieldLabels.Of(Medication[0], null, "ar"));
    }

    [Fact]
    public async Task MessageInAsync_NoSuchDocumentInAGermanInterface_RefusalReadsInGerman()
    {
        var fixture = new ExchangeFixture();
        var missing = Guid.Parse("00000000-0000-0000-0000-000000000001");

        var result = await fixture.Review.SubmitForReviewAsync(missing, "es-ES", null, Ana);

        Assert.Equal($"Es gibt kein Dokument {missing} mit einer Ausgangsfassung in en-GB.", await fixture.Review.MessageInAsync(result, missing, "de"));
    }
}
