using System.Globalization;
using CarePages.Core.Text;

namespace CarePages.Core.Rendering.Labels;

/// <summary>The small catalogue of interface texts (headings, buttons, navigation) in English, Spanish, French, German and Arabic.</summary>
public static class LabelCatalogue
{
    /// <summary>The language used for cultures the catalogue does not cover, and for keys a language lacks.</summary>
    public const string FallbackLanguage = "en";

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = EnglishLabels.All,
        ["es"] = SpanishLabels.All,
        ["fr"] = FrenchLabels.All,
        ["de"] = GermanLabels.All,
        ["ar"] = ArabicLabels.All,
    };

    /// <summary>The languages the catalogue holds texts in.</summary>
    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys;

    /// <summary>The labels for <paramref name="culture"/> (e.g. <c>es-ES</c> uses <c>es</c>), English when its language is not covered.</summary>
    public static UiLabels For(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = CultureNames.LanguageOrFallback(culture, ByLanguage.Keys, FallbackLanguage);
        return new UiLabels(language, ByLanguage[language], EnglishLabels.All);
    }

    /// <summary>
    /// The culture <paramref name="code"/> names (e.g. <c>fr-fr</c> gives <c>fr-FR</c>) when the catalogue has texts in its
    /// language, else null: a "page not found" for a culture the site does not publish can still be in that language.
    /// </summary>
    public static string? KnownCulture(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 35)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.Name.Length > 0 && ByLanguage.ContainsKey(CultureNames.LanguageOf(culture.Name)) ? culture.Name : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Every key the fallback language defines, so tests can check each language covers them.</summary>
    internal static IEnumerable<string> Keys => EnglishLabels.All.Keys;

    /// <summary>The raw texts of one language, or null.</summary>
    internal static IReadOnlyDictionary<string, string>? TextsOf(string language) => ByLanguage.GetValueOrDefault(language);
}
