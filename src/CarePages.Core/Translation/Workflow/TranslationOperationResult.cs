namespace CarePages.Core.Translation.Workflow;

/// <summary>The outcome of a workflow operation on one field.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="State">The field's state afterwards (unchanged when refused).</param>
public sealed record TranslationOperationResult(TranslationOperationStatus Status, FieldTranslationState State)
{
    /// <summary>True when the operation was done.</summary>
    public bool Succeeded => Status == TranslationOperationStatus.Success;
}
