namespace CarePages.Core.Readability;

/// <summary>The score a text should reach on one formula.</summary>
/// <param name="Formula">The formula the target is on.</param>
/// <param name="Threshold">The limit: a maximum for formulas where lower is easier, else a minimum.</param>
public sealed record ReadabilityTarget(ReadabilityFormula Formula, double Threshold)
{
    /// <summary>True when a higher score is easier, so <see cref="Threshold"/> is a minimum.</summary>
    public bool IsMinimum => ReadabilityFormulas.HigherIsEasier(Formula);

    /// <summary>True when <paramref name="score"/> meets the target.</summary>
    public bool IsMetBy(double score) => IsMinimum ? score >= Threshold : score <= Threshold;
}
