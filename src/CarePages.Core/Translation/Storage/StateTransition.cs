using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Storage;

/// <summary>
/// A change of one field's state, made from the state it was worked out from: the store saves it only while that
/// is still the stored state, so two users changing the same field at once cannot overwrite each other unseen.
/// </summary>
/// <param name="Before">The stored state the change was worked out from, or null when nothing was stored.</param>
/// <param name="After">The state to store.</param>
public sealed record StateTransition(FieldTranslationState? Before, FieldTranslationState After)
{
    /// <summary>
    /// True when <paramref name="stored"/> (null: nothing stored) is still the state this change was worked out from:
    /// the same status, source fingerprint, pending source change and time of the last change.
    /// </summary>
    public bool StartsFrom(FieldTranslationState? stored) => Before is null || stored is null
        ? Before is null && stored is null
        : stored.Status == Before.Status
            && stored.ChangedAt == Before.ChangedAt
            && stored.SourceFingerprint == Before.SourceFingerprint
            && stored.PendingSourceChange?.NewFingerprint == Before.PendingSourceChange?.NewFingerprint;
}
