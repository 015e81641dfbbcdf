using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Schema;

/// <summary>
/// The document types that record a clinical review (those composing <see cref="ClinicalReviewComposition"/>): the
/// clinical rules check their review dates, and their translations must be approved before a culture is published.
/// </summary>
public static class ClinicalDocumentTypes
{
    /// <summary>Their aliases (treatment overview, treatment route and condition), read from <see cref="CarePagesSchema"/>.</summary>
    public static IReadOnlySet<string> Aliases { get; } = CarePagesSchema.ContentTypes
        .Where(t => t.Kind == ContentTypeKind.Document && t.CompositionKeys.Contains(ClinicalReviewComposition.Key))
        .Select(t => t.Alias)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>True for a clinical document type.</summary>
    public static bool Contains(string contentTypeAlias) => Aliases.Contains(contentTypeAlias);
}
