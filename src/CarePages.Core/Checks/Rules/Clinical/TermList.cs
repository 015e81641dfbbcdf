using System.Runtime.CompilerServices;
using System.Text;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A vocabulary list compiled for matching whole words and phrases in a <see cref="TokenizedText"/>, indexed by first
/// word. Compiled once per list instance and cached.
/// </summary>
internal sealed class TermList
{
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, TermList> Cache = new();

    private readonly Dictionary<string, List<TermPattern>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<TermPattern> _byPrefix = [];

    private TermList(IEnumerable<TermPattern> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Prefix[0])
            {
                _byPrefix.Add(pattern);
            }
            else if (_byFirstWord.TryGetValue(pattern.Words[0], out var list))
            {
                list.Add(pattern);
            }
            else
            {
                _byFirstWord[pattern.Words[0]] = [pattern];
            }
        }
    }

    /// <summary>The compiled form of <paramref name="terms"/>.</summary>
    public static TermList Of(IReadOnlySet<string> terms) => Cache.GetValue(terms, static t => new TermList(t.Select(Parse).OfType<TermPattern>()));

    /// <summary>The number of words of the longest term that starts at word <paramref name="index"/>, or 0.</summary>
    public int MatchAt(TokenizedText text, int index)
    {
        var longest = 0;
        var token = text.Tokens[index];
        if (token.Forms is null)
        {
            longest = Longest(text, index, token.Text, longest);
        }
        else
        {
            foreach (var form in token.Forms)
            {
                longest = Longest(text, index, form, longest);
            }
        }

        foreach (var pattern in _byPrefix)
        {
            if (pattern.Words.Length > longest && pattern.MatchesAt(text, index))
            {
                longest = pattern.Words.Length;
            }
        }

        return longest;
    }

    /// <summary>The terms found in <paramref name="text"/>, left to right, longest first, not overlapping: (first word, word count).</summary>
    public IEnumerable<(int Index, int Length)> Matches(TokenizedText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var length = MatchAt(text, i);
            if (length > 0)
            {
                yield return (i, length);
                i += length - 1;
            }
        }
    }

    /// <summary>True when any term occurs in <paramref name="text"/>.</summary>
    public bool FoundIn(TokenizedText text) => Matches(text).Any();

    /// <summary>True when the one-word term <paramref name="foldedWord"/> is in the list.</summary>
    public bool HasWord(string foldedWord) =>
        _byFirstWord.TryGetValue(foldedWord, out var patterns) && patterns.Exists(p => p.Words.Length == 1);

    private int Longest(TokenizedText text, int index, string firstWord, int longest)
    {
        if (_byFirstWord.TryGetValue(firstWord, out var patterns))
        {
            foreach (var pattern in patterns)
            {
                if (pattern.Words.Length > longest && pattern.MatchesAt(text, index))
                {
                    longest = pattern.Words.Length;
                }
            }
        }

        return longest;
    }

    private static TermPattern? Parse(string term)
    {
        var words = new List<string>();
        var prefix = new List<bool>();
        var word = new StringBuilder();
        foreach (var c in term + " ")
        {
            var folded = TextFolding.Fold(c);
            if (folded.Length > 0 && char.IsLetterOrDigit(folded[0]))
            {
                word.Append(folded);
            }
            else if (folded.Length > 0 && word.Length > 0)
            {
                words.Add(word.ToString());
                prefix.Add(c == '*');
                word.Clear();
            }
        }

        return words.Count == 0 ? null : new TermPattern([.. words], [.. prefix]);
    }
}
