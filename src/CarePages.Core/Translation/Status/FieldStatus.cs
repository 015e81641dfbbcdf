using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Status;

/// <summary>Where one translatable field stands in one culture, for the people working on it.</summary>
/// <param name="Path">The field path.</param>
/// <param name="Name">The field's label.</param>
/// <param name="Kind">Plain, multi-line or rich text.</param>
/// <param name="Status">The status to show (Outdated when the source changed).</param>
/// <param name="TranslatedBy">Who made the current translation, if anyone.</param>
/// <param name="ChangedBy">Who made the last transition.</param>
/// <param name="ChangedAt">When.</param>
/// <param name="SourceChange">The source as translated and as it is now, when outdated.</param>
public sealed record FieldStatus(string Path, string Name, FieldKind Kind, TranslationStatus Status, UserReference? TranslatedBy, UserReference? ChangedBy, DateTimeOffset? ChangedAt, SourceChange? SourceChange)
{
    /// <summary>The label a person reads, in the interface language asked for ("Benefit 2 › Title", "Page name").</summary>
    public string Label { get; init; } = Name;

    /// <summary>The machine draft the translation started from, next to the translation now; null when a person wrote it.</summary>
    public MachineDraftStatus? Machine { get; init; }
}
