namespace CarePages.Core.Translation.Memory;

/// <summary>
/// How close a memory segment's source is to the text being translated, 0 to 100: 100 when the normalised texts are
/// identical; otherwise 100 × (1 − token edit distance ÷ the longer text's token count), rounded down and at most 99,
/// so a difference only in case or spacing inside a word scores 99, never 100.
/// </summary>
internal static class MatchScore
{
    /// <summary>The score of <paramref name="candidate"/> (normalised text and its tokens) against the text being translated.</summary>
    public static int Of(string text, IReadOnlyList<string> tokens, string candidate, IReadOnlyList<string> candidateTokens)
    {
        if (string.Equals(text, candidate, StringComparison.Ordinal))
        {
            return 100;
        }

        var longer = Math.Max(tokens.Count, candidateTokens.Count);
        if (longer == 0)
        {
            return 0;
        }

        var distance = WordEditDistance.Between(tokens, candidateTokens);
        return Math.Min(99, 100 * (longer - distance) / longer);
    }

    /// <summary>The best score two texts of these token counts could reach (to skip candidates that cannot pass).</summary>
    public static int Ceiling(int tokens, int candidateTokens)
    {
        var longer = Math.Max(tokens, candidateTokens);
        return longer == 0 ? 100 : 100 * (longer - Math.Abs(tokens - candidateTokens)) / longer;
    }
}
