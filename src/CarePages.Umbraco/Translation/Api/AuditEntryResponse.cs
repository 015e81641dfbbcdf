using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>One line of a document's translation audit trail.</summary>
/// <param name="Culture">The target culture.</param>
/// <param name="Path">The field, or null for whole-document actions (publish).</param>
/// <param name="Action">What happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="At">When.</param>
/// <param name="Details">The status change or other facts, or null.</param>
public sealed record AuditEntryResponse(string Culture, string? Path, TranslationAction Action, UserReference Actor, DateTimeOffset At, string? Details)
{
    /// <summary>The response line of an audit entry.</summary>
    public static AuditEntryResponse Of(TranslationAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditEntryResponse(entry.Culture, entry.Path?.Value, entry.Action, entry.Actor, entry.At, entry.Details);
    }
}
