using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Matrix;

/// <summary>How many fields of one document in one culture have one effective status.</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="Culture">The culture.</param>
/// <param name="Status">The effective status (<see cref="TranslationStatus.Outdated"/> for a field whose source changed).</param>
/// <param name="Count">How many fields.</param>
public sealed record StatusTally(Guid DocumentKey, string Culture, TranslationStatus Status, int Count);
