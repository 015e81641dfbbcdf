using System.Text.Json;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.Documents;

public sealed class CultureDocumentFactoryTests
{
    private static readonly Guid RouteKey = Guid.NewGuid();
    private static readonly Guid BlockKey = Guid.NewGuid();

    [Fact]
    public void Create_ForACulture_TakesThatCulturesTextAndTheSharedInvariantValues()
    {
        var document = CultureDocumentFactory.Create(Route(), "es-ES");

        Assert.Equal("Ketamina intranasal", document.Name);
        Assert.Equal("es-ES", document.Culture);
        Assert.Equal("ketamina", document.Text(TreatmentRouteType.Medication));
        Assert.Equal(["Nasal use"], document.Field(TreatmentRouteType.RouteOfAdministration)!.Items);
        Assert.Equal("<p>Se pulveriza en la nariz.</p>", document.Text(TreatmentRouteType.HowItWorks));
        Assert.Equal("2026-09-14", document.Text(ClinicalReviewComposition.ReviewedOn));
        Assert.False(document.Field(ClinicalReviewComposition.ReviewedOn)!.VariesByCulture);
    }

    [Fact]
    public void Create_ForACulture_IncludesEveryFieldOfTheTypeEvenEmptyOnes()
    {
        var document = CultureDocumentFactory.Create(Route(), "en-GB");

        Assert.Equal(CarePagesSchema.AllProperties(TreatmentRouteType.Definition).Select(p => p.Alias), document.Fields.Select(f => f.Alias));
        Assert.True(document.Field(TreatmentRouteType.SideEffects)!.IsEmpty);
    }

    [Fact]
    public void Create_WithBlockLevelVariance_ShowsEachElementInTheDocumentsCulture()
    {
        var english = CultureDocumentFactory.Create(Route(), "en-GB").Field(TreatmentRouteType.Benefits)!.Elements.Single();
        var spanish = CultureDocumentFactory.Create(Route(), "es-ES").Field(TreatmentRouteType.Benefits)!.Elements.Single();

        Assert.Equal(BlockKey, spanish.Key);
        Assert.Equal(BenefitElementType.Alias, spanish.ContentTypeAlias);
        Assert.Equal("Fast", english.Field(BenefitElementType.Title)!.Text);
        Assert.Equal("Rápida", spanish.Field(BenefitElementType.Title)!.Text);
    }

    [Fact]
    public void Create_ForAMissingCulture_ThrowsNamingTheDocumentAndCulture()
    {
        var error = Assert.Throws<DocumentShapeException>(() => CultureDocumentFactory.Create(Route(), "ar"));

        Assert.Contains(RouteKey.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("ar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAnUnknownDocumentType_ThrowsAClearError()
    {
        var request = Route() with { DocumentType = new ReferenceById(Guid.NewGuid()) };

        var error = Assert.Throws<DocumentShapeException>(() => CultureDocumentFactory.Create(request, "en-GB"));

        Assert.Contains("not a CarePages type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAMalformedDate_ThrowsNamingTheField()
    {
        var request = Route() with { Values = [Value(ClinicalReviewComposition.ReviewedOn, null, "\"next Tuesday\"")] };

        var error = Assert.Throws<DocumentShapeException>(() => CultureDocumentFactory.Create(request, "en-GB"));

        Assert.Contains("reviewedOn", error.Message, StringComparison.Ordinal);
        Assert.Contains("next Tuesday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAPickedDocumentThatIsNotAKey_ThrowsNamingTheField()
    {
        var request = Route() with { Values = [Value(TreatmentRouteType.ConditionsTreated, null, """[{"type":"document","unique":"crps"}]""")] };

        var error = Assert.Throws<DocumentShapeException>(() => CultureDocumentFactory.Create(request, "en-GB"));

        Assert.Contains("conditionsTreated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithALegacyPlainHtmlRichTextValue_ReadsItAsMarkup()
    {
        var request = Route() with { Values = [Value(TreatmentRouteType.HowItWorks, "en-GB", "\"<p>Plain HTML</p>\"")] };

        Assert.Equal("<p>Plain HTML</p>", CultureDocumentFactory.Create(request, "en-GB").Text(TreatmentRouteType.HowItWorks));
    }

    private static MultiCultureDocument Route() => new()
    {
        Id = RouteKey,
        DocumentType = new ReferenceById(TreatmentRouteType.Key),
        Variants = [new DocumentVariant("en-GB", null, "Intranasal ketamine"), new DocumentVariant("es-ES", null, "Ketamina intranasal")],
        Values =
        [
            Value(TreatmentRouteType.Medication, "en-GB", "\"ketamine\""),
            Value(TreatmentRouteType.Medication, "es-ES", "\"ketamina\""),
            Value(TreatmentRouteType.RouteOfAdministration, null, "[\"Nasal use\"]"),
            Value(TreatmentRouteType.HowItWorks, "en-GB", """{"markup":"<p>It is sprayed into the nose.</p>","blocks":null}"""),
            Value(TreatmentRouteType.HowItWorks, "es-ES", """{"markup":"<p>Se pulveriza en la nariz.</p>","blocks":null}"""),
            Value(ClinicalReviewComposition.ReviewedOn, null, "\"2026-09-14 00:00:00\""),
            Value(TreatmentRouteType.Benefits, null, $$"""
                {"layout":{"Umbraco.BlockList":[{"contentKey":"{{BlockKey}}","settingsKey":null}]},
                 "contentData":[{"key":"{{BlockKey}}","contentTypeKey":"{{BenefitElementType.Key}}","values":[
                   {"alias":"title","culture":"en-GB","segment":null,"value":"Fast"},
                   {"alias":"title","culture":"es-ES","segment":null,"value":"Rápida"}]}],
                 "settingsData":[],"expose":[]}
                """),
        ],
    };

    private static DocumentValue Value(string alias, string? culture, string json) =>
        new(alias, culture, null, JsonDocument.Parse(json).RootElement.Clone());
}
