using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

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
        Assert.Contains("SelfApproval", approved.Message, StringComparison.Ordinal);
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
}
