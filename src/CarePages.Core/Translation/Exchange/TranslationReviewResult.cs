using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The outcome of a review action (submit, approve, no retranslation needed) on fields of one document in one culture.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Message">Why it was refused; null on success.</param>
/// <param name="Fields">Each field's own outcome; empty when the document or a field was not found.</param>
public sealed record TranslationReviewResult(TranslationReviewStatus Status, string? Message, IReadOnlyList<TranslationOperationResult> Fields)
{
    /// <summary>True when every field was moved on.</summary>
    public bool Succeeded => Status == TranslationReviewStatus.Success;
}
