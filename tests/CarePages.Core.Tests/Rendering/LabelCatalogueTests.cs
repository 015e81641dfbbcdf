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
        var labels = new UiLabels("xx", new Dictionary<string, string> { [LabelKeys.Call] = "Appelez" }, LabelCatalogue.TextsOf("en")!);

        Assert.Equal("Appelez", labels[LabelKeys.Call]);
        Assert.Equal("Reviewed on", labels[LabelKeys.ReviewedOn]);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Catalogue_EveryLanguage_TranslatesEveryEnglishLabel(string language)
    {
        var texts = LabelCatalogue.TextsOf(language)!;

        var missing = LabelCatalogue.Keys.Where(key => !texts.ContainsKey(key)).ToArray();

        Assert.Empty(missing);
    }

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
