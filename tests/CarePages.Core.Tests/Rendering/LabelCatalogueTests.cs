using CarePages.Core.Checks.Messages;
using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Tests.Rendering;

public class LabelCatalogueTests
{
    [Theory]
    [InlineData("en-GB", "Side effects")]
    [InlineData("es-ES", "Efectos secundarios")]
    [InlineData("es-MX", "Efectos secundarios")]
    [InlineData("fr-FR", "Effets indésirables")]
    [InlineData("de-CH", "Nebenwirkungen")]
    [InlineData("ar", "الآثار الجانبية")]
    public void For_CoveredCulture_GivesHeadingsInThatLanguage(string culture, string expected)
    {
        Assert.Equal(expected, LabelCatalogue.For(culture)[LabelKeys.SideEffects]);
    }

    [Fact]
    public void For_UncoveredCulture_FallsBackToEnglish()
    {
        var labels = LabelCatalogue.For("pt-BR");

        Assert.Equal("en", labels.Language);
        Assert.Equal("Skip to content", labels[LabelKeys.SkipToContent]);
    }

    [Fact]
    public void Indexer_KeyMissingInLanguage_GivesEnglishText()
    {
        var labels = new UiLabels("xx", TextCatalogue.Load(typeof(LabelCatalogueTests).Assembly, "CarePages.Tests.PageLabels."));

        Assert.Equal("Appelez", labels[LabelKeys.Call]);
        Assert.Equal("Reviewed on", labels[LabelKeys.ReviewedOn]);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Catalogue_EveryLanguage_TranslatesEveryEnglishLabel(string language) =>
        Assert.Empty(LabelCatalogue.Texts.GapsOf(language));

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Catalogue_EveryLanguage_IsWrittenInThatLanguageNotCopiedFromEnglish(string language)
    {
        // The date format is a pattern, not a text: French and Arabic write dates in the same order as English.
        var copied = LabelCatalogue.Texts.KeysOf(language)
            .Where(key => key != LabelKeys.DateFormat && LabelCatalogue.Texts.Find(key, language) == LabelCatalogue.Texts.Find(key, "en"));

        Assert.Empty(copied);
    }

    [Fact]
    public void Languages_AreTheFiveInterfaceLanguages() =>
        Assert.Equal(["ar", "de", "en", "es", "fr"], LabelCatalogue.Languages.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("es-ES", "20049000", "Vía nasal")]
    [InlineData("fr", "20066000", "Voie sous-cutanée")]
    [InlineData("de-AT", "20053000", "Zum Einnehmen")]
    public void EdqmStandardTerm_LanguageEdqmPublishes_GivesItsTerm(string culture, string edqmCode, string expected) =>
        Assert.Equal(expected, LabelCatalogue.EdqmStandardTerm(edqmCode, culture));

    [Theory]
    [InlineData("en-GB")]
    [InlineData("ar")]
    [InlineData("pt-BR")]
    public void EdqmStandardTerm_LanguageWithoutTerms_GivesNull(string culture) =>
        Assert.Null(LabelCatalogue.EdqmStandardTerm("20049000", culture));

    [Theory]
    [InlineData("fr-fr", "fr-FR")]
    [InlineData("ar", "ar")]
    [InlineData("DE-at", "de-AT")]
    public void KnownCulture_CultureInACoveredLanguage_GivesItsCanonicalName(string code, string expected)
    {
        Assert.Equal(expected, LabelCatalogue.KnownCulture(code));
    }

    [Theory]
    [InlineData("pt-br")]
    [InlineData("ketamine-for-pain")]
    [InlineData("")]
    [InlineData(null)]
    public void KnownCulture_UncoveredLanguageOrNotACulture_GivesNull(string? code)
    {
        Assert.Null(LabelCatalogue.KnownCulture(code));
    }
}
