using System.Text.RegularExpressions;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Messages;

/// <summary>
/// Finding messages and hints in the editor's UI language (en, es, fr, de, ar), keyed by rule id or <c>ruleId.variant</c>.
/// They come from the embedded <c>Checks/Messages/&lt;group&gt;.&lt;language&gt;.json</c> files; a missing language falls back to English.
/// </summary>
public sealed partial class CheckMessageCatalogue
{
    /// <summary>The language used when the UI language has no catalogue or lacks a key.</summary>
    public const string FallbackLanguage = "en";

    private readonly Dictionary<string, Dictionary<string, CheckMessage>> _byLanguage;

    private CheckMessageCatalogue(Dictionary<string, Dictionary<string, CheckMessage>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The catalogue of the package's built-in messages.</summary>
    public static CheckMessageCatalogue BuiltIn { get; } = Load();

    /// <summary>The languages that have messages.</summary>
    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>The keys of <paramref name="language"/>'s catalogue.</summary>
    public IReadOnlyCollection<string> KeysOf(string language) =>
        _byLanguage.TryGetValue(language, out var messages) ? messages.Keys : [];

    /// <summary>The message for <paramref name="key"/> in <paramref name="uiCulture"/>, falling back to English, then to the key itself.</summary>
    public CheckMessage Get(string key, string uiCulture)
    {
        if (_byLanguage.TryGetValue(CultureNames.LanguageOf(uiCulture), out var messages) && messages.TryGetValue(key, out var message))
        {
            return message;
        }

        return _byLanguage.TryGetValue(FallbackLanguage, out var fallback) && fallback.TryGetValue(key, out var english)
            ? english
            : new CheckMessage(key, string.Empty);
    }

    /// <summary>
    /// Fills <c>{name}</c> placeholders in <paramref name="template"/> in one pass: a value that itself holds
    /// <c>{name}</c> (a link address a translator wrote) stays as it is. Unknown placeholders are left in place.
    /// </summary>
    public static string Format(string template, IReadOnlyDictionary<string, string>? arguments)
    {
        if (arguments is null || arguments.Count == 0 || !template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        return Placeholder().Replace(template, match => arguments.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    private static CheckMessageCatalogue Load() =>
        new(EmbeddedJson.ReadByLanguage<CheckMessage>(typeof(CheckMessageCatalogue).Assembly, "CarePages.Checks.Messages."));
}
