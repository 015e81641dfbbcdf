using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Messages;

/// <summary>
/// Interface texts in the UI languages, read from embedded <c>&lt;prefix&gt;&lt;group&gt;.&lt;language&gt;.json</c> files of plain
/// <c>"key": "text"</c> pairs (the same layout as the check messages). Texts have <c>{name}</c> placeholders; counted texts
/// have one key per plural category (<c>key.one</c>, <c>key.few</c>, …, always <c>key.other</c>) and a <c>{count}</c>.
/// A missing language or key falls back to English, then to the key itself.
/// </summary>
public sealed partial class TextCatalogue
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;

    private TextCatalogue(Dictionary<string, Dictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The languages that have texts.</summary>
    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>Loads the catalogues of <paramref name="assembly"/> whose resource names start with <paramref name="prefix"/>.</summary>
    /// <exception cref="InvalidOperationException">A resource is misnamed, empty, or defines a key twice in one language.</exception>
    public static TextCatalogue Load(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new TextCatalogue(EmbeddedJson.ReadByLanguage<string>(assembly, prefix));
    }

    /// <summary>The keys of <paramref name="language"/>'s catalogue.</summary>
    public IReadOnlyCollection<string> KeysOf(string language) =>
        _byLanguage.TryGetValue(language, out var texts) ? texts.Keys : [];

    /// <summary>True when <paramref name="key"/> has a text in English, the language every key must have.</summary>
    public bool Has(string key) => Find(key, CheckMessageCatalogue.FallbackLanguage) is not null;

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="uiCulture"/>'s language as written (placeholders unfilled), or
    /// null when that language has no such text: no English fallback, for callers that fall back on their own.
    /// </summary>
    public string? Find(string key, string uiCulture) =>
        _byLanguage.TryGetValue(CultureNames.LanguageOf(uiCulture), out var texts) && texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>
    /// The text of <paramref name="key"/> as written, in <paramref name="uiCulture"/>'s language or else in English, or null
    /// when English lacks it too.
    /// </summary>
    public string? FindOrEnglish(string key, string uiCulture) =>
        Find(key, uiCulture) ?? Find(key, CheckMessageCatalogue.FallbackLanguage);

    /// <summary>The text of <paramref name="key"/> in <paramref name="uiCulture"/> with its placeholders filled.</summary>
    public string Get(string key, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null) =>
        CheckMessageCatalogue.Format(FindOrEnglish(key, uiCulture) ?? key, arguments);

    /// <summary>
    /// The form of the counted text <paramref name="key"/> that <paramref name="count"/> takes in <paramref name="uiCulture"/>
    /// (<c>key.&lt;category&gt;</c>, else <c>key.other</c>), with <c>{count}</c> and the other placeholders filled.
    /// </summary>
    public string Count(string key, long count, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null)
    {
        var language = _byLanguage.ContainsKey(CultureNames.LanguageOf(uiCulture)) ? uiCulture : CheckMessageCatalogue.FallbackLanguage;
        var suffix = PluralRules.Suffix(PluralRules.Category(language, count));
        var template = Find(key + "." + suffix, language) ?? Find(key + ".other", language)
            ?? Find(key + "." + PluralRules.Suffix(PluralRules.Category(CheckMessageCatalogue.FallbackLanguage, count)), CheckMessageCatalogue.FallbackLanguage)
            ?? key;
        var filled = new Dictionary<string, string>(arguments ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["count"] = count.ToString(CultureInfo.InvariantCulture),
        };
        return CheckMessageCatalogue.Format(template, filled);
    }

    /// <summary>
    /// What <paramref name="language"/>'s texts lack or add against English, for a completeness test: a key missing or
    /// extra (counted texts compared by their base key), a placeholder other than English's, a counted text without its
    /// <c>.other</c> form. Empty when the language is complete.
    /// </summary>
    public IReadOnlyList<string> GapsOf(string language)
    {
        var english = ByBase(KeysOf(CheckMessageCatalogue.FallbackLanguage));
        var translated = ByBase(KeysOf(language));
        var gaps = new List<string>();
        gaps.AddRange(english.Keys.Except(translated.Keys, StringComparer.Ordinal).Select(k => $"{language}: {k} is missing"));
        gaps.AddRange(translated.Keys.Except(english.Keys, StringComparer.Ordinal).Select(k => $"{language}: {k} is not in English"));
        foreach (var (baseKey, keys) in translated.Where(t => english.ContainsKey(t.Key)))
        {
            var expected = Placeholders(Find(english[baseKey][0], CheckMessageCatalogue.FallbackLanguage)!);
            gaps.AddRange(keys.Where(k => !Placeholders(Find(k, language)!).SequenceEqual(expected))
                .Select(k => $"{language}: {k} has placeholders {string.Join(" ", Placeholders(Find(k, language)!))}, English has {string.Join(" ", expected)}"));
            if (keys.Any(k => CountedSuffix().IsMatch(k)) && !keys.Contains(baseKey + ".other", StringComparer.Ordinal))
            {
                gaps.Add($"{language}: {baseKey} is counted but has no {baseKey}.other");
            }
        }

        return gaps;
    }

    private static Dictionary<string, List<string>> ByBase(IEnumerable<string> keys) => keys
        .GroupBy(k => CountedSuffix().Replace(k, string.Empty), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(k => k.EndsWith(".other", StringComparison.Ordinal) ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    // {count} is left out: a form for one may write the number as a word.
    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Where(p => p != "{count}").Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\.(zero|one|two|few|many|other)$")]
    private static partial Regex CountedSuffix();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();
}
