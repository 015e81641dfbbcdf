using System.Runtime.CompilerServices;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// A vocabulary list folded with <see cref="TextFolding"/>, built once per list and kept while the list lives, so rules can
/// look up editors' text however it was typed and still quote the list's own spelling back to them.
/// </summary>
public sealed class FoldedTerms
{
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, FoldedTerms> Cache = new();
    private readonly Dictionary<string, string> _originals;

    private FoldedTerms(IEnumerable<string> terms)
    {
        _originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms.Order(StringComparer.Ordinal))
        {
            var folded = TextFolding.Fold(term);
            if (folded.Length > 0)
            {
                _originals.TryAdd(folded, term);
            }
        }
    }

    /// <summary>The folded terms, each with the spelling the list gives it.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => _originals;

    /// <summary>The folded form of <paramref name="list"/> (e.g. <see cref="MarkupContext.Terms"/>).</summary>
    public static FoldedTerms Of(IReadOnlySet<string> list) => Cache.GetValue(list, static l => new FoldedTerms(l));

    /// <summary>True when folded <paramref name="folded"/> is exactly one of the terms.</summary>
    public bool Contains(string folded) => _originals.ContainsKey(folded);

    /// <summary>
    /// The term that folded <paramref name="folded"/> contains anywhere, also inside a longer word (German compounds such as
    /// "PDF-Datei" or "Patientendokument", Arabic attached prefixes such as "بنافذة"); null when none.
    /// </summary>
    public string? FindPart(string folded)
    {
        foreach (var (term, original) in _originals)
        {
            if (folded.Contains(term, StringComparison.Ordinal))
            {
                return original;
            }
        }

        return null;
    }
}
