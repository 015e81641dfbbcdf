using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;

namespace CarePages.Core.Translation.Workflow;

/// <summary>A workflow operation over the fields of one document, worked out and not yet saved.</summary>
/// <param name="Result">The outcome it will have once saved, or the refusal (then there is nothing to save).</param>
/// <param name="Transitions">The state changes to save.</param>
/// <param name="Entries">The audit entries to append.</param>
/// <param name="Stored">Each field's state before the operation, in the order given.</param>
public sealed record TranslationDocumentPlan(TranslationBatchResult Result, IReadOnlyList<StateTransition> Transitions, IReadOnlyList<TranslationAuditEntry> Entries, IReadOnlyList<FieldTranslationState> Stored);
