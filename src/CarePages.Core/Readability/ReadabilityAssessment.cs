namespace CarePages.Core.Readability;

/// <summary>How readable a text is in its language: the counts, the targeted score and the other scores worth showing.</summary>
/// <param name="Language">The language code the text was measured as (e.g. <c>es</c>).</param>
/// <param name="Statistics">The counts.</param>
/// <param name="Target">The formula and limit for the language.</param>
/// <param name="Score">The text's score on <see cref="ReadabilityTarget.Formula"/>.</param>
/// <param name="Scores">Every formula computed for the language, the targeted one included.</param>
public sealed record ReadabilityAssessment(
    string Language,
    TextStatistics Statistics,
    ReadabilityTarget Target,
    double Score,
    IReadOnlyDictionary<ReadabilityFormula, double> Scores)
{
    /// <summary>True when <see cref="Score"/> meets <see cref="Target"/>.</summary>
    public bool IsMet => Target.IsMetBy(Score);
}
