using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Entities;

namespace CarePages.Persistence.Mapping;

/// <summary>Copies <see cref="FieldTranslationState"/> to and from its table row.</summary>
internal static class TranslationStateMapping
{
    /// <summary>A new row for <paramref name="state"/>.</summary>
    public static TranslationStateEntity ToEntity(FieldTranslationState state)
    {
        var entity = new TranslationStateEntity
        {
            DocumentKey = state.DocumentKey,
            CultureKey = CultureKeys.Of(state.Culture),
            FieldPath = state.Path.Value,
        };
        CopyValues(state, entity);
        return entity;
    }

    /// <summary>Overwrites every non-key column of <paramref name="entity"/> with <paramref name="state"/>.</summary>
    public static void CopyValues(FieldTranslationState state, TranslationStateEntity entity)
    {
        entity.Culture = state.Culture;
        entity.Status = state.Status;
        entity.SourceFingerprint = state.SourceFingerprint?.Value;
        entity.SourceText = state.SourceText;
        entity.PendingNewFingerprint = state.PendingSourceChange?.NewFingerprint.Value;
        entity.PendingNewSourceText = state.PendingSourceChange?.NewSourceText;
        entity.PendingOldSourceText = state.PendingSourceChange?.OldSourceText;
        entity.TranslatedByKey = state.TranslatedBy?.UserKey;
        entity.TranslatedByName = state.TranslatedBy?.DisplayName;
        entity.ChangedByKey = state.ChangedBy?.UserKey;
        entity.ChangedByName = state.ChangedBy?.DisplayName;
        entity.ChangedAt = state.ChangedAt;
        entity.MachineEngine = state.Machine?.Engine;
        entity.MachineEngineVersion = state.Machine?.EngineVersion;
        entity.MachineTranslatedAt = state.Machine?.At;
        entity.MachineRequestedByKey = state.Machine?.RequestedBy.UserKey;
        entity.MachineRequestedByName = state.Machine?.RequestedBy.DisplayName;
        entity.MachineOutput = state.Machine?.Output;
    }

    /// <summary>The state a row holds.</summary>
    public static FieldTranslationState ToState(TranslationStateEntity entity) => new()
    {
        DocumentKey = entity.DocumentKey,
        Culture = entity.Culture,
        Path = new FieldPath(entity.FieldPath),
        Status = entity.Status,
        SourceFingerprint = entity.SourceFingerprint is null ? null : new SourceFingerprint(entity.SourceFingerprint),
        SourceText = entity.SourceText,
        PendingSourceChange = entity.PendingNewFingerprint is null
            ? null
            : new SourceChange(entity.PendingOldSourceText, entity.PendingNewSourceText ?? string.Empty, new SourceFingerprint(entity.PendingNewFingerprint)),
        TranslatedBy = User(entity.TranslatedByKey, entity.TranslatedByName),
        ChangedBy = User(entity.ChangedByKey, entity.ChangedByName),
        ChangedAt = entity.ChangedAt,
        Machine = entity.MachineEngine is null || entity.MachineTranslatedAt is null
            ? null
            : new MachineOrigin(entity.MachineEngine, entity.MachineEngineVersion ?? string.Empty, entity.MachineTranslatedAt.Value,
                User(entity.MachineRequestedByKey, entity.MachineRequestedByName) ?? new UserReference(string.Empty, string.Empty), entity.MachineOutput ?? string.Empty),
    };

    private static UserReference? User(string? key, string? name) =>
        key is null ? null : new UserReference(key, name ?? string.Empty);
}
