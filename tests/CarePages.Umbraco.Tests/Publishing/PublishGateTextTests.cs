using CarePages.Umbraco.Publishing;

namespace CarePages.Umbraco.Tests.Publishing;

public sealed class PublishGateTextTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void KeysOf_EachUiLanguage_HasEveryEnglishTextWithTheSamePlaceholders(string language)
    {
        Assert.Empty(PublishGateText.Texts.GapsOf(language));
        Assert.All(PublishGateText.Texts.KeysOf("en"), key => Assert.NotEqual(PublishGateText.Get(key, "en"), PublishGateText.Get(key, language)));
    }

    [Fact]
    public void Get_UnknownUiLanguage_FallsBackToEnglish() =>
        Assert.Equal(PublishGateText.Get(PublishGateText.Category, "en"), PublishGateText.Get(PublishGateText.Category, "ja-JP"));
}
