namespace CarePages.Core.Translation.Matrix;

/// <summary>One document's row of the status matrix: per culture, how many fields are in each status.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Name">Its name in the source culture.</param>
/// <param name="ContentTypeAlias">Its document type's alias.</param>
/// <param name="Cultures">Per culture, the count of fields per status name (Untranslated … Outdated).</param>
public sealed record MatrixRow(Guid DocumentKey, string Name, string ContentTypeAlias, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Cultures);
