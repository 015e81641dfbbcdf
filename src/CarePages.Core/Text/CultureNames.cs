using System.Globalization;

namespace CarePages.Core.Text;

/// <summary>
/// The one way a culture name (<c>es-ES</c>, <c>es_ES</c>, <c>zh-Hant-TW</c>, <c>ar</c>) is read for its language, writing
/// direction and the name its speakers give it. Names are BCP 47 tags or their .NET/POSIX spelling with <c>_</c>, in any case; the invariant
/// culture is the empty name.
/// </summary>
public static class CultureNames
{
    // Used only when the runtime has no data for the culture (e.g. invariant globalization mode or an unknown region).
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.Ordinal) { "ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb" };

    private static readonly CultureMemo<bool> RightToLeft = new(LooksUpRightToLeft);

    /// <summary>
    /// The lower-case language of <paramref name="culture"/>, its first subtag: <c>es-ES</c>, <c>es_ES</c> and <c>ES</c> give
    /// <c>es</c>, <c>zh-Hant-TW</c> gives <c>zh</c>; the invariant culture (empty or blank) gives the empty string.
    /// </summary>
    public static string LanguageOf(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var trimmed = culture.Trim();
        var separator = trimmed.IndexOfAny(['-', '_']);
        return (separator < 0 ? trimmed : trimmed[..separator]).ToLowerInvariant();
    }

    /// <summary>True when <paramref name="culture"/> names a language without a script or region (<c>es</c>, not <c>es-ES</c>).</summary>
    public static bool IsBareLanguage(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.IndexOfAny(['-', '_']) < 0;
    }

    /// <summary>
    /// True when <paramref name="culture"/> is written right to left (Arabic, Hebrew, Persian, Urdu …), from the runtime's
    /// culture data or, when it has none for the name, from the name's language.
    /// </summary>
    public static bool IsRightToLeft(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return RightToLeft.Get(culture);
    }

    private static bool LooksUpRightToLeft(string culture)
    {
        try
        {
            var info = CultureInfo.GetCultureInfo(culture.Trim().Replace('_', '-'));
            return info.TextInfo.IsRightToLeft || (info.Name.Length == 0 && RightToLeftLanguages.Contains(LanguageOf(culture)));
        }
        catch (CultureNotFoundException)
        {
            return RightToLeftLanguages.Contains(LanguageOf(culture));
        }
    }

    /// <summary>
    /// The language of <paramref name="culture"/> when <paramref name="languages"/> holds it, otherwise
    /// <paramref name="fallback"/> (also for a missing or blank culture): how catalogues pick the texts a reader gets.
    /// </summary>
    public static string LanguageOrFallback(string? culture, IReadOnlyCollection<string> languages, string fallback)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (string.IsNullOrWhiteSpace(culture))
        {
            return fallback;
        }

        var language = LanguageOf(culture);
        return languages.Contains(language, StringComparer.OrdinalIgnoreCase) ? language : fallback;
    }

    /// <summary>The culture's name in its own language with a capital first letter, e.g. "Español (España)", for language switchers; the code when unknown.</summary>
    public static string Native(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            var name = info.NativeName;
            return string.IsNullOrEmpty(name) || info.Name.Length == 0
                ? culture
                : char.ToUpper(name[0], info) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return culture;
        }
    }
}
