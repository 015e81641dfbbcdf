using System.Globalization;
using System.Reflection;

namespace CarePages.Core.Checks.Messages;

/// <summary>
/// Interface texts in the UI languages, read from embedded <c>&lt;prefix&gt;&lt;group&gt;.&lt;language&gt;.json</c> files of plain
/// <c>"key": "text"</c> pairs (the same layout as the check messages). Texts have <c>{name}</c> placeholders; counted texts
/// have one key per plural category (<c>key.one</c>, <c>key.few</c>, …, always <c>key.other</c>) and a <c>{count}</c>.
/// A missing language or key falls back to English, then to the key itself.
/// </summary>
public sealed class TextCatalogue
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

    /// <summary>The text of <paramref name="key"/> in <paramref name="uiCulture"/> with its placeholders filled.</summary>
    public string Get(string key, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null) =>
        CheckMessageCatalogue.Format(Find(key, uiCulture) ?? Find(key, CheckMessageCatalogue.FallbackLanguage) ?? key, arguments);

    /// <summary>
    /// The form of the counted text <paramref name="key"/> that <paramref name="count"/> takes in <paramref name="uiCulture"/>
    /// (<c>key.&lt;category&gt;</c>, else <c>key.other</c>), with <c>{count}</c> and the other placeholders filled.
    /// </summary>
    public string Count(string key, long count, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null)
    {
        var language = _byLanguage.ContainsKey(EmbeddedJson.LanguageOf(uiCulture)) ? uiCulture : CheckMessageCatalogue.FallbackLanguage;
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

    private string? Find(string key, string uiCulture) =>
        _byLanguage.TryGetValue(EmbeddedJson.LanguageOf(uiCulture), out var texts) && texts.TryGetValue(key, out var text) ? text : null;
}
