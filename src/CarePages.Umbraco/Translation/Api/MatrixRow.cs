namespace CarePages.Umbraco.Translation.Api;

/// <summary>One document's row of the status matrix: per culture, how many fields are in each status.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Cultures">Per culture, the count of fields per status name (Untranslated … Outdated).</param>
public sealed record MatrixRow(Guid DocumentKey, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Cultures);
