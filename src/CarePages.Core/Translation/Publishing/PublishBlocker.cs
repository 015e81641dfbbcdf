using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Publishing;

/// <summary>A translatable field that stops a culture of a clinical document from being published.</summary>
/// <param name="Path">The field.</param>
/// <param name="Name">The field's label, for the message editors see.</param>
/// <param name="Status">Its status (<see cref="TranslationStatus.Outdated"/> when the source changed).</param>
public sealed record PublishBlocker(FieldPath Path, string Name, TranslationStatus Status);
