using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;

namespace CarePages.Core.Translation.Workflow;

/// <summary>What an operation would do to one field, worked out before anything is saved.</summary>
/// <param name="Found">The state as stored before the operation, or null when nothing was stored.</param>
/// <param name="Stored">The state before the operation (untranslated when nothing was stored).</param>
/// <param name="Result">The outcome, with the state to save when it succeeded.</param>
/// <param name="Entries">The audit entries to append when it is saved.</param>
internal sealed record WorkflowFieldPlan(FieldTranslationState? Found, FieldTranslationState Stored, TranslationOperationResult Result, IReadOnlyList<TranslationAuditEntry> Entries)
{
    /// <summary>The change to save when the operation succeeded.</summary>
    public StateTransition Transition => new(Found, Result.State);
}
