using CarePages.Core.Translation.Workflow;

namespace CarePages.Persistence.Entities;

/// <summary>
/// A row of <c>carePagesTranslationTally</c>: how many fields of one document in one culture have one effective status.
/// Kept by the state store in the same transaction as the states, so the status matrix reads a row per document,
/// culture and status instead of adding up every state.
/// </summary>
public sealed class TranslationTallyEntity
{
    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The culture in upper case, as <see cref="TranslationStateEntity.CultureKey"/>.</summary>
    public string CultureKey { get; set; } = string.Empty;

    /// <summary>The effective status: <see cref="TranslationStatus.Outdated"/> for a field whose source changed.</summary>
    public TranslationStatus Status { get; set; }

    /// <summary>How many fields; rows are removed rather than kept at zero.</summary>
    public int Count { get; set; }
}
