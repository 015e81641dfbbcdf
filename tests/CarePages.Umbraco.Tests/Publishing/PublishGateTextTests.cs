using System.Text.RegularExpressions;
using CarePages.Umbraco.Publishing;

namespace CarePages.Umbraco.Tests.Publishing;

public sealed partial class PublishGateTextTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void KeysOf_EachUiLanguage_HasEveryEnglishTextWithTheSamePlaceholders(string language)
    {
        Assert.Equal(PublishGateText.KeysOf("en").Order(StringComparer.Ordinal), PublishGateText.KeysOf(language).Order(StringComparer.Ordinal));
        foreach (var key in PublishGateText.KeysOf("en"))
        {
            Assert.Equal(Placeholders(PublishGateText.Get(key, "en")), Placeholders(PublishGateText.Get(key, language)));
            Assert.NotEqual(PublishGateText.Get(key, "en"), PublishGateText.Get(key, language));
        }
    }

    [Fact]
    public void Get_UnknownUiLanguage_FallsBackToEnglish() =>
        Assert.Equal(PublishGateText.Get(PublishGateText.Category, "en"), PublishGateText.Get(PublishGateText.Category, "ja-JP"));

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();
}
