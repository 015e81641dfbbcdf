namespace CarePages.Umbraco.Api.Authorization;

/// <summary>
/// Whether a requested target of a language pair is covered by one of a user's cultures: the same culture, or a bare
/// language (<c>es</c>) of which the culture is a regional form (<c>es-ES</c>). Names compare case-insensitively.
/// </summary>
public static class LanguageTarget
{
    /// <summary>True when <paramref name="requested"/> is <paramref name="culture"/>, or the bare language of it.</summary>
    public static bool IsCoveredBy(string requested, string culture)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(requested, culture, StringComparison.OrdinalIgnoreCase)
            || (IsBareLanguage(requested) && string.Equals(requested, LanguageOf(culture), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="culture"/> names a language without a region or script (<c>es</c>, not <c>es-ES</c>).</summary>
    public static bool IsBareLanguage(string culture) => culture.IndexOfAny(['-', '_']) < 0;

    private static string LanguageOf(string culture)
    {
        var dash = culture.IndexOfAny(['-', '_']);
        return dash < 0 ? culture : culture[..dash];
    }
}
