using System.Text.RegularExpressions;
using CarePages.Cli.Output;

namespace CarePages.Cli.Tests.Output;

public partial class CliLabelsTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ar")]
    public void Catalogue_EachUiLanguage_HasEveryEnglishLabelWithTheSamePlaceholders(string language)
    {
        var english = Bases(CliLabels.Catalogue.KeysOf("en"));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), Bases(CliLabels.Catalogue.KeysOf(language)).Keys.Order(StringComparer.Ordinal));
        var keys = CliLabels.Catalogue.KeysOf(language);
        foreach (var key in keys)
        {
            Assert.Equal(Placeholders(CliLabels.Catalogue.Get(english[Base(key)], "en")), Placeholders(CliLabels.Catalogue.Get(key, language)));
        }

        Assert.All(keys.Where(IsCounted).Select(Base).Distinct(), counted => Assert.Contains(counted + ".other", keys));
    }

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

    private static bool IsCounted(string key) => CountedSuffix().IsMatch(key);

    private static string Base(string key) => CountedSuffix().Replace(key, string.Empty);

    // Counted labels by their base key (with the English key to compare placeholders with); plain labels by themselves.
    private static Dictionary<string, string> Bases(IEnumerable<string> keys) =>
        keys.GroupBy(Base).ToDictionary(g => g.Key, g => g.OrderBy(k => k.EndsWith(".other", StringComparison.Ordinal) ? 0 : 1).First());

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Where(p => p != "{count}").Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\.(zero|one|two|few|many|other)$")]
    private static partial Regex CountedSuffix();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();
}
