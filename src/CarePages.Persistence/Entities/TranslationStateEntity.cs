using CarePages.Core.Translation.Workflow;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesTranslationState</c>: one field of one document in one culture.</summary>
public sealed class TranslationStateEntity
{
    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The culture in upper case, so that <c>en-GB</c> and <c>en-gb</c> are the same row (part of the key).</summary>
    public string CultureKey { get; set; } = string.Empty;

    /// <summary>The culture as the workflow gave it.</summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>The field path, compared ordinally (part of the key).</summary>
    public string FieldPath { get; set; } = string.Empty;

    /// <summary>The workflow status.</summary>
    public TranslationStatus Status { get; set; }

    /// <summary>The fingerprint of the source the translation was made from.</summary>
    public string? SourceFingerprint { get; set; }

    /// <summary>The source text with that fingerprint.</summary>
    public string? SourceText { get; set; }

    /// <summary>The fingerprint of the changed source; null when the translation is current.</summary>
    public string? PendingNewFingerprint { get; set; }

    /// <summary>The changed source text; set whenever <see cref="PendingNewFingerprint"/> is.</summary>
    public string? PendingNewSourceText { get; set; }

    /// <summary>The source the translation was made from, when known.</summary>
    public string? PendingOldSourceText { get; set; }

    /// <summary>The key of the user who made the current translation.</summary>
    public string? TranslatedByKey { get; set; }

    /// <summary>The name of the user who made the current translation.</summary>
    public string? TranslatedByName { get; set; }

    /// <summary>The engine of the machine draft the translation started from; null when a person wrote it.</summary>
    public string? MachineEngine { get; set; }

    /// <summary>The engine's version as it reported it.</summary>
    public string? MachineEngineVersion { get; set; }

    /// <summary>When the machine draft was made.</summary>
    public DateTimeOffset? MachineTranslatedAt { get; set; }

    /// <summary>The key of the user who asked for the machine draft.</summary>
    public string? MachineRequestedByKey { get; set; }

    /// <summary>The name of the user who asked for the machine draft.</summary>
    public string? MachineRequestedByName { get; set; }

    /// <summary>The value the machine draft gave the field.</summary>
    public string? MachineOutput { get; set; }

    /// <summary>The key of the user who made the last transition.</summary>
    public string? ChangedByKey { get; set; }

    /// <summary>The name of the user who made the last transition.</summary>
    public string? ChangedByName { get; set; }

    /// <summary>When the last transition was made.</summary>
    public DateTimeOffset? ChangedAt { get; set; }
}
