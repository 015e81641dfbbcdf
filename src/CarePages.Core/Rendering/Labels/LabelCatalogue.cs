using System.Globalization;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Text;

namespace CarePages.Core.Rendering.Labels;

/// <summary>
/// The small catalogue of the patient pages' interface texts (headings, buttons, navigation) in English, Spanish, French,
/// German and Arabic, read from the embedded <c>Rendering/Labels/page.&lt;language&gt;.json</c> (keys in <see cref="LabelKeys"/>),
/// and EDQM's standard route terms in the languages it publishes them in, from <c>Rendering/Labels/edqm.&lt;language&gt;.json</c>.
/// </summary>
public static class LabelCatalogue
{
    /// <summary>The language used for cultures the catalogue does not cover, and for keys a language lacks.</summary>
    public const string FallbackLanguage = "en";

    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(typeof(LabelCatalogue).Assembly, "CarePages.Rendering.Labels.");

    private static readonly TextCatalogue EdqmTerms = TextCatalogue.Load(typeof(LabelCatalogue).Assembly, "CarePages.Rendering.EdqmTerms.");

    /// <summary>The languages the catalogue holds texts in.</summary>
    public static IReadOnlyCollection<string> Languages => Catalogue.Languages;

    /// <summary>The labels for <paramref name="culture"/> (e.g. <c>es-ES</c> uses <c>es</c>), English when its language is not covered.</summary>
    public static UiLabels For(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new UiLabels(CultureNames.LanguageOrFallback(culture, Catalogue.Languages, FallbackLanguage), Catalogue);
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
            return culture.Name.Length > 0 && Catalogue.Languages.Contains(CultureNames.LanguageOf(culture.Name), StringComparer.OrdinalIgnoreCase) ? culture.Name : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// EDQM's standard term for the route <paramref name="edqmCode"/> (e.g. <c>20049000</c>) in <paramref name="culture"/>'s
    /// language, or null when the catalogue has none in it (English terms come with the route itself).
    /// </summary>
    public static string? EdqmStandardTerm(string edqmCode, string culture)
    {
        ArgumentNullException.ThrowIfNull(edqmCode);
        ArgumentNullException.ThrowIfNull(culture);
        return EdqmTerms.Find(LabelKeys.EdqmStandardTerm(edqmCode), culture);
    }

    /// <summary>The catalogue of interface texts, for its completeness test.</summary>
    internal static TextCatalogue Texts => Catalogue;
}
