namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>A term of a word list as folded words; a word written with a trailing <c>*</c> matches any word it starts.</summary>
/// <param name="Words">The folded words.</param>
/// <param name="Prefix">Per word, true when it matches as a prefix.</param>
internal sealed record TermPattern(string[] Words, bool[] Prefix)
{
    /// <summary>True when the words of <paramref name="text"/> from <paramref name="index"/> on, in one sentence, are this term.</summary>
    public bool MatchesAt(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        if (index + Words.Length > tokens.Count)
        {
            return false;
        }

        var sentence = tokens[index].Sentence;
        for (var i = 0; i < Words.Length; i++)
        {
            var token = tokens[index + i];
            if (token.Sentence != sentence || !token.Matches(Words[i], Prefix[i]))
            {
                return false;
            }
        }

        return true;
    }
}
