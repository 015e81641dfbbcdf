using CarePages.Core.Checks.Messages;

namespace CarePages.Core.Tests.Checks.Messages;

public class TextCatalogueTests
{
    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(typeof(TextCatalogueTests).Assembly, "CarePages.Tests.Catalogue.");

    [Theory]
    [InlineData("en", 1, "1 file")]
    [InlineData("en", 0, "0 files")]
    [InlineData("en-GB", 21, "21 files")]
    [InlineData("fr", 0, "0 fichier")]
    [InlineData("fr-FR", 1, "1 fichier")]
    [InlineData("fr", 2, "2 fichiers")]
    [InlineData("fr", 1_000_000, "1000000 de fichiers")]
    [InlineData("ar", 0, "لا ملفات")]
    [InlineData("ar", 1, "ملف واحد")]
    [InlineData("ar", 2, "ملفان")]
    [InlineData("ar", 7, "7 ملفات")]
    [InlineData("ar", 11, "11 ملفًا")]
    [InlineData("ar", 100, "100 ملف")]
    public void Count_EachLanguage_TakesTheFormOfItsPluralCategory(string uiCulture, long count, string expected) =>
        Assert.Equal(expected, Catalogue.Count("files", count, uiCulture));

    [Fact]
    public void Count_LanguageWithoutTexts_UsesEnglishAndItsRules() =>
        Assert.Equal("1 file", Catalogue.Count("files", 1, "ja-JP"));

    [Fact]
    public void Get_KeyMissingInTheLanguage_FallsBackToEnglishWithPlaceholdersFilled() =>
        Assert.Equal("Hello Rami", Catalogue.Get("greeting", "ar", new Dictionary<string, string> { ["name"] = "Rami" }));

    [Fact]
    public void Get_UnknownKey_IsTheKey() =>
        Assert.Equal("nowhere", Catalogue.Get("nowhere", "fr"));

    [Fact]
    public void Languages_AreTheCataloguesFound() =>
        Assert.Equal(["ar", "en", "fr"], Catalogue.Languages.Order(StringComparer.Ordinal));
}
