using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Workflow;

/// <summary>The translation state of one field of one document in one culture.</summary>
public sealed record FieldTranslationState
{
    /// <summary>The document's key.</summary>
    public required Guid DocumentKey { get; init; }

    /// <summary>The target culture.</summary>
    public required string Culture { get; init; }

    /// <summary>The field.</summary>
    public required FieldPath Path { get; init; }

    /// <summary>The workflow status; never <see cref="TranslationStatus.Outdated"/> (see <see cref="EffectiveStatus"/>).</summary>
    public TranslationStatus Status { get; init; } = TranslationStatus.Untranslated;

    /// <summary>The fingerprint of the source the translation was (or is being) made from; null while untranslated.</summary>
    public SourceFingerprint? SourceFingerprint { get; init; }

    /// <summary>The source text with that fingerprint, kept for the diff when the source changes.</summary>
    public string? SourceText { get; init; }

    /// <summary>The change of the source since the translation was made, or null when the translation is current.</summary>
    public SourceChange? PendingSourceChange { get; init; }

    /// <summary>Who imported or wrote the current translation; a reviewer other than this user approves it.</summary>
    public UserReference? TranslatedBy { get; init; }

    /// <summary>
    /// The machine draft the current translation started from, or null when a person wrote it; kept when the field is
    /// post-edited, so the reviewer can compare the two.
    /// </summary>
    public MachineOrigin? Machine { get; init; }

    /// <summary>Who made the last transition; null while untranslated.</summary>
    public UserReference? ChangedBy { get; init; }

    /// <summary>When the last transition was made; null while untranslated.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>True when the source changed after the translation was made.</summary>
    public bool IsOutdated => PendingSourceChange is not null;

    /// <summary>The status to show: <see cref="TranslationStatus.Outdated"/> when outdated, else <see cref="Status"/>.</summary>
    public TranslationStatus EffectiveStatus => IsOutdated ? TranslationStatus.Outdated : Status;

    /// <summary>The state of a field nobody has worked on yet.</summary>
    public static FieldTranslationState Untranslated(Guid documentKey, string culture, FieldPath path) =>
        new() { DocumentKey = documentKey, Culture = culture, Path = path };
}
