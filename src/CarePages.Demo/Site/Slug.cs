using System.Globalization;
using System.Text;

namespace CarePages.Demo.Site;

/// <summary>Readable URL segments from page names: ASCII letters and digits separated by hyphens.</summary>
public static class Slug
{
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
    };

    /// <summary>
    /// Folds <paramref name="name"/> to ASCII (diacritics stripped, lowercase), joining runs of anything else with one hyphen.
    /// Empty when nothing foldable remains, e.g. for Arabic script.
    /// </summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString() : Transliterations.GetValueOrDefault(c);
            if (folded is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }
}
