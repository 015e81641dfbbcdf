using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.Translation.Memory;

/// <summary>Approved field states and segments for the translation memory tests.</summary>
internal static class MemoryTestData
{
    public static readonly Guid DocumentKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 15, TimeSpan.Zero);
    public static readonly UserReference Lucia = new("lucia", "Lucía Pérez");
    public static readonly UserReference Omar = new("omar", "Omar Said");

    public static FieldTranslationState Approved(string culture = "es-ES", DateTimeOffset? at = null, UserReference? by = null) => new()
    {
        DocumentKey = DocumentKey,
        Culture = culture,
        Path = FieldPath.Of("typicalOnset"),
        Status = TranslationStatus.Approved,
        ChangedBy = by ?? Lucia,
        ChangedAt = at ?? Monday,
    };

    public static TranslationMemorySegment Segment(string source, string target, string targetCulture = "es-ES", DateTimeOffset? at = null) => new()
    {
        SourceCulture = "en-GB",
        TargetCulture = targetCulture,
        SourceText = source,
        TargetText = target,
        DocumentKey = DocumentKey,
        Path = FieldPath.Of("typicalOnset"),
        ApprovedBy = Lucia,
        ApprovedAt = at ?? Monday,
    };
}
