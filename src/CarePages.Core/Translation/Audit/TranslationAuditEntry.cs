using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Audit;

/// <summary>One immutable line of a document's translation history.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Culture">The target culture.</param>
/// <param name="Path">The field, or null for whole-document actions (publish).</param>
/// <param name="Action">What happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="At">When.</param>
/// <param name="Details">The status change or other facts, for people reading the trail.</param>
public sealed record TranslationAuditEntry(
    Guid DocumentKey,
    string Culture,
    FieldPath? Path,
    TranslationAction Action,
    UserReference Actor,
    DateTimeOffset At,
    string? Details);
