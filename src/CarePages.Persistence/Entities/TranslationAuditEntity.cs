using CarePages.Core.Translation.Audit;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesTranslationAudit</c>: one line of a document's translation history, never changed.</summary>
public sealed class TranslationAuditEntity
{
    /// <summary>The database-generated sequence number, which keeps entries saved at the same time in order.</summary>
    public long Id { get; set; }

    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The target culture.</summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>The field path, or null for whole-document actions.</summary>
    public string? FieldPath { get; set; }

    /// <summary>What happened.</summary>
    public TranslationAction Action { get; set; }

    /// <summary>The key of the user who did it.</summary>
    public string ActorKey { get; set; } = string.Empty;

    /// <summary>The name of the user who did it.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The status change or other facts.</summary>
    public string? Details { get; set; }
}
