using CarePages.Core.Text;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// The glossary for one language pair: immutable, at most one entry per source term (compared the way terms are
/// matched, so "Ketamine" and "ketamine" are the same term).
/// </summary>
public sealed class LanguagePairGlossary
{
    private LanguagePairGlossary(LanguagePair pair, IReadOnlyList<GlossaryEntry> entries)
    {
        Pair = pair;
        Entries = entries;
    }

    /// <summary>The language pair.</summary>
    public LanguagePair Pair { get; }

    /// <summary>The entries, ordered by source term.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>
    /// The glossary for <paramref name="pair"/> from <paramref name="entries"/> of any pairs: entries whose pair covers
    /// it (see <see cref="LanguagePair.Covers"/>), and where two entries have the same term, the one of the more specific
    /// pair (an <c>en → es-MX</c> entry wins over an <c>en → es</c> one).
    /// </summary>
    public static LanguagePairGlossary For(LanguagePair pair, IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(entries);
        var chosen = entries
            .Where(e => e.Pair.Covers(pair))
            .GroupBy(e => TermKey(e.SourceTerm, pair.SourceCulture), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(e => e.Pair.Specificity).First())
            .OrderBy(e => e.SourceTerm, StringComparer.Ordinal)
            .ToArray();
        return new LanguagePairGlossary(pair, chosen);
    }

    /// <summary>An empty glossary for <paramref name="pair"/>.</summary>
    public static LanguagePairGlossary Empty(LanguagePair pair) => For(pair, []);

    /// <summary>The occurrences of the glossary's source terms in <paramref name="sourceText"/>, longest terms first, in text order.</summary>
    public IReadOnlyList<TermMatch> FindSourceTerms(string sourceText)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        return TermFinder.Find(sourceText, Pair.SourceCulture, Entries.Select(e => (e, e.SourceTerm)));
    }

    /// <summary>True when <paramref name="entry"/>'s target term occurs in <paramref name="targetText"/> as a whole word.</summary>
    public bool TargetContains(string targetText, GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(targetText);
        ArgumentNullException.ThrowIfNull(entry);
        return TermFinder.Find(targetText, Pair.TargetCulture, [(entry, entry.TargetTerm)]).Count > 0;
    }

    /// <summary>The key that makes two source terms the same term in <paramref name="culture"/>.</summary>
    public static string TermKey(string term, string culture)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(culture);
        return TextFolding.Fold(term, TermFinder.FoldingFor(culture));
    }
}
