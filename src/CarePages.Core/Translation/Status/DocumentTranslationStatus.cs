namespace CarePages.Core.Translation.Status;

/// <summary>A document's translation status: per target culture, every translatable field of its source.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Name">Its name in the source culture.</param>
/// <param name="SourceCulture">The source culture.</param>
/// <param name="Cultures">Per target culture, the fields in source order.</param>
public sealed record DocumentTranslationStatus(Guid DocumentKey, string Name, string SourceCulture, IReadOnlyDictionary<string, IReadOnlyList<FieldStatus>> Cultures);
