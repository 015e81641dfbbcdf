using System.Globalization;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Tells a translation that is only its source copied back (a <c>--copy-source</c> export returned untranslated) from
/// text that is legitimately the same in both languages: numbers, doses, abbreviations, the glossary's
/// do-not-translate terms such as brand names, and anything with fewer letters than
/// <see cref="TranslationExchangeOptions.CopiedSourceMinLetters"/> once those terms are left out.
/// </summary>
internal static class CopiedSource
{
    /// <summary>True when <paramref name="translation"/> reads exactly as <paramref name="source"/> and has enough words of its own to need translating.</summary>
    public static bool IsCopy(FieldKind kind, string source, string translation, LanguagePairGlossary? glossary, int minLetters)
    {
        var text = Normalised(kind, translation);
        if (!string.Equals(text, Normalised(kind, source), StringComparison.Ordinal))
        {
            return false;
        }

        var lettersKeptAsIs = glossary?.FindSourceTerms(text).Where(m => m.Entry.DoNotTranslate).Sum(m => m.Text.Count(char.IsLetter)) ?? 0;
        return text.Count(char.IsLetter) - lettersKeptAsIs >= minLetters;
    }

    private static string Normalised(FieldKind kind, string value) =>
        Core.Text.NormalisedText.Of(kind == FieldKind.RichText ? PlainTextSegments.Text(value) : value).ToLower(CultureInfo.InvariantCulture);
}
