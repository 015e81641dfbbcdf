namespace CarePages.Core.Checks.Drafts;

/// <summary>The checks of one culture of a document.</summary>
/// <param name="Culture">The culture checked.</param>
/// <param name="Blockers">How many findings block publishing.</param>
/// <param name="Warnings">How many findings warn.</param>
/// <param name="Findings">Every finding, sorted as the engine sorts them.</param>
public sealed record CultureCheckResult(string Culture, int Blockers, int Warnings, IReadOnlyList<CheckFinding> Findings);
