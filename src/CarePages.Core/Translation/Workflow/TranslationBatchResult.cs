namespace CarePages.Core.Translation.Workflow;

/// <summary>The outcome of one workflow operation over the fields of a document, applied all or nothing.</summary>
/// <param name="Status">Success, or the first refusal (then nothing was saved).</param>
/// <param name="Fields">Each field's own outcome, in the order given; refused fields say why.</param>
public sealed record TranslationBatchResult(TranslationOperationStatus Status, IReadOnlyList<TranslationOperationResult> Fields)
{
    /// <summary>True when every field was done.</summary>
    public bool Succeeded => Status == TranslationOperationStatus.Success;
}
