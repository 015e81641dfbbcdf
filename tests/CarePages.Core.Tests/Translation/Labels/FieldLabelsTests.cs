using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Labels;

public sealed class FieldLabelsTests
{
    [Theory]
    [InlineData("en", "Benefit 2 › Title")]
    [InlineData("es-ES", "Beneficio 2 › Título")]
    [InlineData("ar", "فائدة 2 › العنوان")]
    public void Of_SecondBenefitsTitle_NamesTheBlockByItsPlaceInTheReadersLanguage(string uiCulture, string expected)
    {
        var route = IntranasalRoute();
        var second = route.Fields.Single(f => f.Alias == TreatmentRouteType.Benefits).Elements[1];

        var label = FieldLabels.Of(FieldPath.Of(TreatmentRouteType.Benefits).Element(second.Key).Property(BenefitElementType.Title), route, uiCulture);

        Assert.Equal(expected, label);
    }

    [Theory]
    [InlineData("en", "Whole file")]
    [InlineData("es-ES", "Archivo completo")]
    [InlineData("ar", "الملف كله")]
    public void Of_WholeFile_IsTheReadersWordForTheFile(string uiCulture, string expected) =>
        Assert.Equal(expected, FieldLabels.Of(FieldLabels.WholeFile, null, uiCulture));

    [Theory]
    [InlineData("en", "Page name")]
    [InlineData("fr", "Nom de la page")]
    [InlineData("de-DE", "Seitenname")]
    [InlineData("pt-BR", "Page name")]
    public void Of_NodeName_IsThePageNameInTheReadersLanguageOrEnglish(string uiCulture, string expected) =>
        Assert.Equal(expected, FieldLabels.Of(FieldPath.NodeName, null, uiCulture));

    [Theory]
    [InlineData("en", "How it works")]
    [InlineData("es", "Cómo funciona")]
    public void Of_DocumentProperty_IsItsDisplayName(string uiCulture, string expected) =>
        Assert.Equal(expected, FieldLabels.Of(FieldPath.Of(TreatmentRouteType.HowItWorks), IntranasalRoute(), uiCulture));

    [Fact]
    public void Of_BlockTheDocumentNoLongerHas_NamesTheBlockFieldWithoutANumber() =>
        Assert.Equal("Benefits › Title", FieldLabels.Of(FieldPath.Of(TreatmentRouteType.Benefits).Element(Guid.NewGuid()).Property(BenefitElementType.Title), IntranasalRoute(), "en"));

    [Fact]
    public void Of_PathNamingNoKnownField_IsThePathItself() =>
        Assert.Equal("notAField", FieldLabels.Of("notAField", null, "en"));

    [Theory]
    [InlineData("benefits.title", "en", "Benefits › Title")]
    [InlineData("bookingCallout.phoneNumber", "en", "Booking call-out › Phone number")]
    [InlineData("pageTitle", "en", "Page title")]
    [InlineData("benefits.title", "es-ES", "Beneficios › Título")]
    [InlineData("bookingCallout.phoneNumber", "ar", "مربع الحجز › رقم الهاتف")]
    public void Of_CheckPropertyPathWithADot_NamesTheBlockFieldThenItsField(string property, string uiCulture, string expected) =>
        Assert.Equal(expected, FieldLabels.Of(property, IntranasalRoute(), uiCulture));

    [Fact]
    public void Of_UnitIdPastTheField_IsTheFieldsLabel() =>
        Assert.Equal("How it works", FieldLabels.Of("howItWorks/3", null, "en"));

    [Theory]
    [InlineData("howItWorks#2", "en", "How it works › Part 2")]
    [InlineData("howItWorks#2@1.title", "es", "Cómo funciona › Parte 2")]
    [InlineData("howItWorks#12", "ar", "كيف يعمل › الجزء 12")]
    public void Of_RichTextUnitOfAnXliffFile_NamesTheFieldAndThePart(string unitId, string uiCulture, string expected) =>
        Assert.Equal(expected, FieldLabels.Of(unitId, null, uiCulture));

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Texts_EveryLanguage_HasEveryEnglishLabelWithTheSamePlaceholders(string language) =>
        Assert.Empty(FieldLabels.Texts.GapsOf(language));

    [Fact]
    public void Texts_Languages_AreTheFiveInterfaceLanguages() =>
        Assert.Equal(["ar", "de", "en", "es", "fr"], FieldLabels.Texts.Languages.Order(StringComparer.Ordinal));

    [Fact]
    public void Texts_English_NamesExactlyTheSchemasPropertiesByTheirSchemaNames()
    {
        // A new property needs its English label here (and so, by the completeness test, in every language).
        var schema = CarePagesSchema.ContentTypes
            .SelectMany(CarePagesSchema.AllProperties)
            .Select(p => $"{FieldLabels.PropertyPrefix}{p.Alias} = {p.Name}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var english = FieldLabels.Texts.KeysOf("en")
            .Where(k => k.StartsWith(FieldLabels.PropertyPrefix, StringComparison.Ordinal))
            .Select(k => $"{k} = {FieldLabels.Texts.Find(k, "en")}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(schema, english);
    }

    [Fact]
    public void Texts_English_NamesEveryElementTypeOfTheSchema()
    {
        var elementTypes = CarePagesSchema.ContentTypes.Where(t => t.Kind == ContentTypeKind.Element).Select(t => FieldLabels.ElementPrefix + t.Alias).Order(StringComparer.Ordinal);
        var english = FieldLabels.Texts.KeysOf("en").Where(k => k.StartsWith(FieldLabels.ElementPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(elementTypes, english);
    }
}
