using CarePages.Core.Text;

namespace CarePages.Core.Tests.Text;

public class CultureNamesTests
{
    [Theory]
    [InlineData("es-ES", "es")]
    [InlineData("es_ES", "es")]
    [InlineData("ES", "es")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData(" fr-CA ", "fr")]
    [InlineData("ckb-IQ", "ckb")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    public void LanguageOf_CultureName_IsItsLowerCaseLanguage(string culture, string expected) =>
        Assert.Equal(expected, CultureNames.LanguageOf(culture));

    [Theory]
    [InlineData("es", true)]
    [InlineData("es-ES", false)]
    [InlineData("es_ES", false)]
    [InlineData("zh-Hant", false)]
    public void IsBareLanguage_WithOrWithoutRegionOrScript_TellsThem(string culture, bool expected) =>
        Assert.Equal(expected, CultureNames.IsBareLanguage(culture));

    [Theory]
    [InlineData("ar", true)]
    [InlineData("ar_EG", true)]
    [InlineData("AR-SA", true)]
    [InlineData("he-IL", true)]
    [InlineData("fa-Unknown-Region", true)]
    [InlineData("en-GB", false)]
    [InlineData("es_ES", false)]
    [InlineData("", false)]
    public void IsRightToLeft_Culture_FollowsItsLanguage(string culture, bool expected) =>
        Assert.Equal(expected, CultureNames.IsRightToLeft(culture));

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("AR_eg", "ar")]
    [InlineData("nl-NL", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void LanguageOrFallback_Culture_IsItsLanguageWhenHeldElseTheFallback(string? culture, string expected) =>
        Assert.Equal(expected, CultureNames.LanguageOrFallback(culture, ["en", "es", "ar"], "en"));

    [Theory]
    [InlineData("es-ES", "Español (España)")]
    [InlineData("ar", "العربية")]
    public void Native_Culture_IsItsNameInItsOwnLanguage(string culture, string expected) =>
        Assert.Equal(expected, CultureNames.Native(culture));
}
