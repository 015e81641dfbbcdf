using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Tests.Translation.Messages;

public class ExchangeMessagesTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void KeysOf_EachUiLanguage_HasEveryEnglishTextWithTheSamePlaceholders(string language) =>
        Assert.Empty(ExchangeMessages.GapsOf(language));

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Get_EachUiLanguage_IsWrittenInThatLanguageNotCopiedFromEnglish(string language)
    {
        var copied = ExchangeMessages.KeysOf(language)
            .Where(key => ExchangeMessages.KeysOf("en").Contains(key) && ExchangeMessages.Get(key, language) == ExchangeMessages.Get(key, "en"));

        Assert.Empty(copied);
    }

    [Fact]
    public void Languages_AreTheFiveInterfaceLanguages() =>
        Assert.Equal(["ar", "de", "en", "es", "fr"], ExchangeMessages.Languages.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Get_UnknownUiLanguage_IsEnglish(string uiCulture) =>
        Assert.Equal(ExchangeMessages.English(ImportMessages.NotSaved), ExchangeMessages.Get(ImportMessages.NotSaved, uiCulture));
}
