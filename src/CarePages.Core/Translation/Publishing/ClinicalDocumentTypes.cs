using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Translation.Publishing;

/// <summary>The document types whose translations must be approved before a culture is published.</summary>
public static class ClinicalDocumentTypes
{
    /// <summary>Treatment overview, treatment route and condition.</summary>
    public static IReadOnlySet<string> Aliases { get; } =
        new HashSet<string>(StringComparer.Ordinal) { TreatmentOverviewType.Alias, TreatmentRouteType.Alias, ConditionType.Alias };

    /// <summary>True for a clinical document type.</summary>
    public static bool Contains(string contentTypeAlias) => Aliases.Contains(contentTypeAlias);
}
