using CarePages.Core.Translation.Audit;

namespace CarePages.Core.Translation.Workflow;

/// <summary>What an operation would do to one field, worked out before anything is saved.</summary>
/// <param name="Stored">The state as stored before the operation.</param>
/// <param name="Result">The outcome, with the state to save when it succeeded.</param>
/// <param name="Entries">The audit entries to append when it is saved.</param>
internal sealed record WorkflowFieldPlan(FieldTranslationState Stored, TranslationOperationResult Result, IReadOnlyList<TranslationAuditEntry> Entries);
