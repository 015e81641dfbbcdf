using CarePages.Core.Text;

namespace CarePages.Core.Checks.Messages;

/// <summary>
/// The CLDR plural rules for whole numbers in the interface languages (unicode.org/cldr, language plural rules); any other
/// language is treated as English. Catalogue keys end in the category's name: <c>summary.files.one</c>, <c>.few</c>, <c>.other</c>.
/// </summary>
public static class PluralRules
{
    /// <summary>The category of the whole number <paramref name="count"/> in <paramref name="language"/> (a language or culture code).</summary>
    public static PluralCategory Category(string language, long count)
    {
        var n = Math.Abs(count);
        return CultureNames.LanguageOf(language) switch
        {
            "ar" => Arabic(n),
            "fr" => n is 0 or 1 ? PluralCategory.One : MillionsOrOther(n),
            "es" => n == 1 ? PluralCategory.One : MillionsOrOther(n),
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    /// <summary>The key suffix of <paramref name="category"/>: <c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c> or <c>other</c>.</summary>
    public static string Suffix(PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero",
        PluralCategory.One => "one",
        PluralCategory.Two => "two",
        PluralCategory.Few => "few",
        PluralCategory.Many => "many",
        _ => "other",
    };

    private static PluralCategory Arabic(long n) => (n, n % 100) switch
    {
        (0, _) => PluralCategory.Zero,
        (1, _) => PluralCategory.One,
        (2, _) => PluralCategory.Two,
        (_, >= 3 and <= 10) => PluralCategory.Few,
        (_, >= 11 and <= 99) => PluralCategory.Many,
        _ => PluralCategory.Other,
    };

    // "1 000 000 de fichiers", "1.000.000 de archivos": a whole multiple of a million takes "de".
    private static PluralCategory MillionsOrOther(long n) => n != 0 && n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other;
}
