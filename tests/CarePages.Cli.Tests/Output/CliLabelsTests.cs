using CarePages.Cli.Output;

namespace CarePages.Cli.Tests.Output;

public class CliLabelsTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Catalogue_EachUiLanguage_HasEveryEnglishLabelWithTheSamePlaceholders(string language) =>
        Assert.Empty(CliLabels.Catalogue.GapsOf(language));

    [Theory]
    [InlineData("en", 1, "1 warning")]
    [InlineData("en", 0, "0 warnings")]
    [InlineData("fr", 0, "0 avertissement")]
    [InlineData("fr", 1, "1 avertissement")]
    [InlineData("fr", 2, "2 avertissements")]
    [InlineData("ar", 0, "لا تحذيرات")]
    [InlineData("ar", 1, "تحذير واحد")]
    [InlineData("ar", 2, "تحذيران")]
    [InlineData("ar", 5, "5 تحذيرات")]
    [InlineData("ar", 12, "12 تحذيرًا")]
    [InlineData("ar", 100, "100 تحذير")]
    public void Count_Warnings_TakeThePluralFormOfTheUiLanguage(string uiCulture, long count, string expected) =>
        Assert.Equal(expected, new CliLabels(uiCulture).Count("summary.warnings", count));
}
