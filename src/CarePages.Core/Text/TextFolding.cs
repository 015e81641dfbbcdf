using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CarePages.Core.Text;

/// <summary>
/// The one way text is folded for matching, so a word list or glossary term is found however an editor typed it. Folding
/// lower-cases (<c>ß</c> stays a letter of its own), drops accents, Arabic vowel marks (harakat, tanween, superscript
/// alef) and tatweel, unifies Arabic letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه), makes typographic apostrophes and
/// hyphens plain, and reads every run of punctuation, symbols and white space as one space, trimmed: "» Leer MÁS…" folds
/// to <c>leer mas</c>, "صُورَة" to <c>صوره</c>. <see cref="FoldingOptions"/> names what a caller may keep instead.
/// </summary>
public static class TextFolding
{
    private const char Tatweel = '\u0640';
    private static readonly ConcurrentDictionary<char, string> DefaultFolds = new();
    private static readonly string[] AsciiFolds = Enumerable.Range(0, 0x80)
        .Select(i => ((char)(i is >= 'A' and <= 'Z' ? i + 32 : i)).ToString())
        .ToArray();

    /// <summary>
    /// What <paramref name="c"/> folds to, for callers that walk text character by character and keep positions: usually
    /// one character, none for a dropped mark or tatweel. Punctuation and white space are returned as
    /// they are (typographic apostrophes and hyphens made plain); telling them from words is the caller's part.
    /// </summary>
    public static string Fold(char c, FoldingOptions? options = null)
    {
        options ??= FoldingOptions.Default;
        if (options == FoldingOptions.Default)
        {
            return c < 0x80 ? AsciiFolds[c] : DefaultFolds.GetOrAdd(c, static ch => FoldCharacter(ch, CultureInfo.InvariantCulture.TextInfo, keepAccents: false));
        }

        return FoldCharacter(c, TextInfoOf(options.Culture), options.KeepAccents);
    }

    /// <summary><paramref name="text"/> folded as a whole; empty when it holds nothing but punctuation, symbols and space.</summary>
    public static string Fold(string text, FoldingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FoldInto(text.Normalize(NormalizationForm.FormC), options ?? FoldingOptions.Default, map: null);
    }

    /// <summary>
    /// Folds <paramref name="text"/> (already in NFC); when <paramref name="map"/> is given, adds for each folded character the
    /// index of the character it came from, then the text's length.
    /// </summary>
    internal static string FoldInto(string text, FoldingOptions options, List<int>? map)
    {
        var builder = new StringBuilder(text.Length);
        var textInfo = TextInfoOf(options.Culture);
        var useCache = options == FoldingOptions.Default;
        var spaceAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = useCache ? Fold(text[i]) : FoldCharacter(text[i], textInfo, options.KeepAccents);
            if (folded.Length == 0)
            {
                continue;
            }

            if (options.KeepPunctuation ? char.IsWhiteSpace(folded[0]) : !char.IsLetterOrDigit(folded[0]))
            {
                spaceAt = builder.Length > 0 && spaceAt < 0 ? i : spaceAt;
                continue;
            }

            if (spaceAt >= 0)
            {
                builder.Append(' ');
                map?.Add(spaceAt);
                spaceAt = -1;
            }

            builder.Append(folded);
            for (var n = 0; n < folded.Length; n++)
            {
                map?.Add(i);
            }
        }

        map?.Add(text.Length);
        return builder.ToString();
    }

    private static string FoldCharacter(char c, TextInfo textInfo, bool keepAccents)
    {
        if (c == Tatweel)
        {
            return string.Empty;
        }

        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        var lower = textInfo.ToLower(Plain(c));
        var builder = new StringBuilder(2);
        foreach (var part in lower.ToString().Normalize(NormalizationForm.FormD))
        {
            if (!IsMark(part) || (keepAccents && !IsArabic(part)))
            {
                builder.Append(UnifyArabic(part));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    // The Arabic, Arabic Supplement and Arabic Extended blocks.
    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u08FF';

    private static char UnifyArabic(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    };

    private static char Plain(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    private static TextInfo TextInfoOf(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return CultureInfo.InvariantCulture.TextInfo;
        }

        try
        {
            return CultureInfo.GetCultureInfo(culture).TextInfo;
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture.TextInfo;
        }
    }
}
