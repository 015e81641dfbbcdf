using System.Text.RegularExpressions;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Messages;

public partial class CheckMessageCatalogueTests
{
    [Fact]
    public void BuiltIn_EveryRuleAndEngineFinding_HasAnEnglishMessageAndHint()
    {
        var english = CheckMessageCatalogue.BuiltIn.KeysOf("en");
        var ids = CheckRuleSetBuilder.WithBuiltInRules().Build().All.Select(r => r.Descriptor.Id).Concat(EngineFindings.All.Select(d => d.Id));

        Assert.All(ids, id => Assert.Contains(english, key => key == id || key.StartsWith(id + ".", StringComparison.Ordinal)));
        Assert.All(english, key => Assert.False(string.IsNullOrWhiteSpace(CheckMessageCatalogue.BuiltIn.Get(key, "en").Hint), key));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void BuiltIn_EachUiLanguage_HasEveryEnglishKeyWithTheSamePlaceholders(string language)
    {
        var catalogue = CheckMessageCatalogue.BuiltIn;
        var keys = catalogue.KeysOf(language);

        Assert.Equal(catalogue.KeysOf("en").Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            var english = catalogue.Get(key, "en");
            var translated = catalogue.Get(key, language);
            Assert.NotEqual(english.Message, translated.Message);
            Assert.Equal(Placeholders(english.Message + english.Hint), Placeholders(translated.Message + translated.Hint));
        }
    }

    [Theory]
    [MemberData(nameof(UiLanguages.Each), MemberType = typeof(UiLanguages))]
    public void BuiltIn_MessagesWithAFigure_SayWhatThePatientMeetsBeforeTheFigure(string language)
    {
        var catalogue = CheckMessageCatalogue.BuiltIn;
        var figureFirst = catalogue.KeysOf(language)
            .Select(key => (Key: key, catalogue.Get(key, language).Message))
            .Where(m => Figure().Match(m.Message) is { Success: true } figure && !m.Message[..figure.Index].Any(c => c is ':' or '('))
            .Select(m => $"{m.Key}: {m.Message}");

        Assert.Empty(figureFirst);
    }

    [Fact]
    public void Get_UnknownUiLanguage_FallsBackToEnglish() =>
        Assert.Equal(CheckMessageCatalogue.BuiltIn.Get("image-alt-missing", "en"), CheckMessageCatalogue.BuiltIn.Get("image-alt-missing", "ja-JP"));

    [Fact]
    public void Format_ValueHoldingAPlaceholder_IsWrittenAsItIs() =>
        Assert.Equal("https://x/{to} became https://y/",
            CheckMessageCatalogue.Format("{from} became {to}", new Dictionary<string, string> { ["from"] = "https://x/{to}", ["to"] = "https://y/" }));

    [Fact]
    public void Format_NamedPlaceholders_AreFilled() =>
        Assert.Equal("12 of 10", CheckMessageCatalogue.Format("{length} of {limit}", new Dictionary<string, string> { ["length"] = "12", ["limit"] = "10" }));

    [Fact]
    public void BuiltIn_Languages_AreTheFiveUiLanguages() =>
        Assert.Equal(UiLanguages.All.Order(), CheckMessageCatalogue.BuiltIn.Languages.Order());

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    // Scores, ratios, lengths and counts: the figures a message gives after what the patient meets.
    [GeneratedRegex(@"\{(score|target|ratio|required|length|limit|longest|maxWords|words|count|minimum|level)\}")]
    private static partial Regex Figure();
}
