using CarePages.Core.Text;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// Finds terms in a text as translators and clinics expect: whole words only, case-insensitive with the culture's
/// rules, tolerant of Unicode form, spacing, Arabic vowel marks and letter variants but not of accents or punctuation
/// (see <see cref="FoldingFor"/>), longest term first so that "intranasal ketamine" is one match rather than a match of
/// "ketamine". There is no stemming: "ketamines"
/// does not match "ketamine", nor does a German compound such as "Ketaminbehandlung". One simple rule for Arabic
/// script: a term may carry the clitics written joined to it, the article ال and a preceding و ف ب ك ل
/// ("بالكيتامين", "with the ketamine", matches "كيتامين").
/// </summary>
internal static class TermFinder
{
    private static readonly HashSet<string> ArabicClitics = new(StringComparer.Ordinal)
    {
        "ال", "و", "ف", "ب", "ك", "ل", "لل", "وال", "فال", "بال", "كال", "ولل", "فلل", "وب", "فب", "ول", "فل", "وك", "فك",
    };

    /// <summary>
    /// How terms and texts written in <paramref name="culture"/> are folded for matching: with the culture's case rules, and
    /// keeping accents (<c>kétamine</c> and <c>ketamine</c> are different spellings to a translator) and punctuation, which
    /// belongs to terms such as <c>5-HT3</c>.
    /// </summary>
    public static FoldingOptions FoldingFor(string culture) => new() { Culture = culture, KeepAccents = true, KeepPunctuation = true };

    /// <summary>The matches of <paramref name="terms"/> in <paramref name="text"/>, written in <paramref name="culture"/>, in text order.</summary>
    public static IReadOnlyList<TermMatch> Find(string text, string culture, IEnumerable<(GlossaryEntry Entry, string Term)> terms)
    {
        var options = FoldingFor(culture);
        var folded = FoldedText.Of(text, options);
        var candidates = new List<(GlossaryEntry Entry, int Start, int Length)>();
        foreach (var (entry, term) in terms)
        {
            var foldedTerm = TextFolding.Fold(term, options);
            if (foldedTerm.Length == 0)
            {
                continue;
            }

            for (var at = folded.Text.IndexOf(foldedTerm, StringComparison.Ordinal); at >= 0; at = folded.Text.IndexOf(foldedTerm, at + 1, StringComparison.Ordinal))
            {
                if (IsWholeWord(folded.Text, at, foldedTerm.Length))
                {
                    candidates.Add((entry, at, foldedTerm.Length));
                }
            }
        }

        var taken = new List<(GlossaryEntry Entry, int Start, int Length)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!taken.Any(t => candidate.Start < t.Start + t.Length && t.Start < candidate.Start + candidate.Length))
            {
                taken.Add(candidate);
            }
        }

        return taken.OrderBy(t => t.Start).Select(t =>
        {
            var (start, length) = folded.OriginalRange(t.Start, t.Length);
            return new TermMatch(t.Entry, start, length, folded.Original.Substring(start, length));
        }).ToArray();
    }

    private static bool IsWholeWord(string text, int start, int length)
    {
        var end = start + length;
        if (end < text.Length && FoldedText.IsWordCharacter(text[end]))
        {
            return false;
        }

        if (start == 0 || !FoldedText.IsWordCharacter(text[start - 1]))
        {
            return true;
        }

        return IsArabicLetter(text[start]) && ArabicClitics.Contains(WordPartBefore(text, start));
    }

    private static string WordPartBefore(string text, int start)
    {
        var from = start;
        while (from > 0 && FoldedText.IsWordCharacter(text[from - 1]))
        {
            from--;
        }

        return text[from..start];
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';
}
