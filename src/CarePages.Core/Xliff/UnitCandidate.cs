namespace CarePages.Core.Xliff;

/// <summary>
/// A translation a translator's tool shows beside a unit, the same for every XLIFF version: where it comes from, how
/// close its source is, and its source and target content (the target's codes those of the unit's source).
/// </summary>
/// <param name="Kind">Machine draft or memory match.</param>
/// <param name="Origin">What the tool shows as its origin.</param>
/// <param name="Score">How close its source is to the unit's, 0–100; null for a machine draft, which translates the unit's own source.</param>
/// <param name="Source">The source the candidate translates.</param>
/// <param name="Target">The candidate translation.</param>
internal sealed record UnitCandidate(UnitCandidateKind Kind, string Origin, int? Score, IReadOnlyList<InlineNode> Source, IReadOnlyList<InlineNode> Target);
