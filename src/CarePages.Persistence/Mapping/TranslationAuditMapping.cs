using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Entities;

namespace CarePages.Persistence.Mapping;

/// <summary>Copies <see cref="TranslationAuditEntry"/> to and from its table row.</summary>
internal static class TranslationAuditMapping
{
    /// <summary>A new row for <paramref name="entry"/>; the database numbers it.</summary>
    public static TranslationAuditEntity ToEntity(TranslationAuditEntry entry) => new()
    {
        DocumentKey = entry.DocumentKey,
        Culture = entry.Culture,
        FieldPath = entry.Path?.Value,
        Action = entry.Action,
        ActorKey = entry.Actor.UserKey,
        ActorName = entry.Actor.DisplayName,
        At = entry.At,
        Details = entry.Details,
    };

    /// <summary>The entry a row holds.</summary>
    public static TranslationAuditEntry ToEntry(TranslationAuditEntity entity) => new(
        entity.DocumentKey,
        entity.Culture,
        entity.FieldPath is null ? null : new FieldPath(entity.FieldPath),
        entity.Action,
        new UserReference(entity.ActorKey, entity.ActorName),
        entity.At,
        entity.Details);
}
