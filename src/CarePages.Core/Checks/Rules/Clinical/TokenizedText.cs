using System.Text;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// Text split into folded words (see <see cref="TextFolding"/>) and sentences, for matching word lists. Letters and
/// digits make words; apostrophes and hyphens split them (l'injection → l, injection). Arabic words also carry their
/// forms without attached conjunctions, prepositions and article, so "بالأنف" matches the term "أنف".
/// </summary>
internal sealed class TokenizedText
{
    private TokenizedText(string original, List<TextToken> tokens)
    {
        Original = original;
        Tokens = tokens;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The words in order.</summary>
    public IReadOnlyList<TextToken> Tokens { get; }

    /// <summary>Splits <paramref name="text"/> written in <paramref name="language"/> (e.g. <c>ar</c>).</summary>
    public static TokenizedText Of(string text, string language)
    {
        var arabic = language == "ar";
        var tokens = new List<TextToken>();
        var word = new StringBuilder();
        var sentence = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var folded = TextFolding.Fold(c);
            if (folded.Length > 0 && char.IsLetterOrDigit(folded[0]))
            {
                if (start < 0)
                {
                    start = i;
                }

                word.Append(folded);
                continue;
            }

            if (folded.Length == 0 && start >= 0)
            {
                continue; // a mark or tatweel inside a word
            }

            if (start >= 0)
            {
                var token = word.ToString();
                tokens.Add(new TextToken(token, arabic ? ArabicForms(token) : null, sentence, start, i));
                word.Clear();
                start = -1;
            }

            if (IsSentenceEnd(c))
            {
                sentence++;
            }
        }

        return new TokenizedText(text, tokens);
    }

    /// <summary>The original text of the sentence holding token <paramref name="index"/>, without the words of other sentences.</summary>
    public string SentenceAround(int index)
    {
        var sentence = Tokens[index].Sentence;
        var first = index;
        while (first > 0 && Tokens[first - 1].Sentence == sentence)
        {
            first--;
        }

        var last = index;
        while (last < Tokens.Count - 1 && Tokens[last + 1].Sentence == sentence)
        {
            last++;
        }

        var end = Tokens[last].End;
        while (end < Original.Length && IsSentenceEnd(Original[end]) && Original[end] != '\n')
        {
            end++;
        }

        return Original[Tokens[first].Start..end];
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ';' or ':' or '…' or '\n' or '\u061F' or '\u061B' or '\u06D4' or '\u3002' or '\uFF01' or '\uFF1F';

    // Conjunction (و ف), then preposition (ب ل ك, or لل for ل + ال), then article (ال); each step optional.
    private static string[]? ArabicForms(string token)
    {
        if (token.Length < 3)
        {
            return null;
        }

        var forms = new List<string>(4) { token };
        AddStripped(forms, Conjunction);
        AddStripped(forms, Preposition);
        AddStripped(forms, Article);
        return forms.Count == 1 ? null : forms.ToArray();
    }

    private static int Conjunction(string s) => s[0] is '\u0648' or '\u0641' && s.Length > 2 ? 1 : 0;

    private static int Preposition(string s) =>
        s.StartsWith("\u0644\u0644", StringComparison.Ordinal) && s.Length > 3 ? 2
        : s[0] is '\u0628' or '\u0644' or '\u0643' && s.Length > 2 ? 1
        : 0;

    private static int Article(string s) => s.StartsWith("\u0627\u0644", StringComparison.Ordinal) && s.Length > 3 ? 2 : 0;

    private static void AddStripped(List<string> forms, Func<string, int> clitic)
    {
        var count = forms.Count;
        for (var i = 0; i < count; i++)
        {
            var strip = clitic(forms[i]);
            if (strip > 0 && !forms.Contains(forms[i][strip..]))
            {
                forms.Add(forms[i][strip..]);
            }
        }
    }
}
