using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Schema;

/// <summary>The whole CarePages schema, in the order it must be installed, and its version.</summary>
public static class CarePagesSchema
{
    /// <summary>Data types, then compositions and element types, then document types.</summary>
    public static IReadOnlyList<ContentTypeDefinition> ContentTypes { get; } =
    [
        PageBasicsComposition.Definition,
        ClinicalReviewComposition.Definition,
        BenefitElementType.Definition,
        BookingCalloutElementType.Definition,
        ConditionType.Definition,
        TreatmentRouteType.Definition,
        TreatmentOverviewType.Definition,
    ];

    /// <summary>Data types the package installs.</summary>
    public static IReadOnlyList<DataTypeDefinition> DataTypes => CarePagesDataTypes.All;

    /// <summary>
    /// Fingerprint of every definition. The installer stores it once a run succeeds and runs
    /// again whenever a definition changes, so no version number has to be bumped by hand.
    /// </summary>
    public static string Version { get; } = ComputeVersion(DataTypes, ContentTypes);

    /// <summary>Finds a content type by alias; null when it is not a CarePages type.</summary>
    public static ContentTypeDefinition? FindContentType(string alias) =>
        ContentTypes.FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.Ordinal));

    /// <summary>Finds a content type by key; null when it is not a CarePages type.</summary>
    public static ContentTypeDefinition? FindContentType(Guid key) => ContentTypes.FirstOrDefault(t => t.Key == key);

    /// <summary>The type's own properties followed by those of its compositions.</summary>
    public static IEnumerable<PropertyDefinition> AllProperties(ContentTypeDefinition type) =>
        type.Properties.Concat(type.CompositionKeys.Select(FindContentType).OfType<ContentTypeDefinition>().SelectMany(c => c.Properties));

    /// <summary>Computes the fingerprint of a set of definitions.</summary>
    public static string ComputeVersion(IEnumerable<DataTypeDefinition> dataTypes, IEnumerable<ContentTypeDefinition> contentTypes)
    {
        var json = JsonSerializer.Serialize(new { dataTypes, contentTypes });
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(json));
        return "1+" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
