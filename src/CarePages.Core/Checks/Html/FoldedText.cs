using System.Globalization;
using System.Text;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// Text folded for comparing it with a word list regardless of how an editor typed it: lower case, accents and Arabic
/// vowel marks dropped, Arabic letter variants unified (أ إ آ → ا, ى → ي, ة → ه, no tatweel), every run of punctuation,
/// symbols and spaces turned into one space, trimmed. So "Leer MÁS…", "leer mas" and "» leer más" fold alike.
/// </summary>
public static class FoldedText
{
    /// <summary>The folded form of <paramref name="text"/>; empty when it holds no letters or digits.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || c == '\u0640')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(Unify(char.ToLowerInvariant(c)));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char Unify(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    };
}
