using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// Which transitions a field's translation may make, and what each one changes. Pure: no store, no clock.
/// <list type="bullet">
/// <item><b>Export</b> from Untranslated, InTranslation (a lost file), Translated or InReview (sent back) to InTranslation;
/// from Approved only when outdated (retranslation), otherwise <see cref="TranslationOperationStatus.AlreadyApproved"/>.
/// Records the current source as the one the translation is made from.</item>
/// <item><b>Import</b> from InTranslation or Translated (a corrected file) to Translated; the translation stays outdated
/// when it was made from another source than the current one.</item>
/// <item><b>Edit</b> from any status to Translated, made from the current source; an approved field needs review again.</item>
/// <item><b>SubmitForReview</b> from Translated to InReview.</item>
/// <item><b>Approve</b> from InReview to Approved, by a reviewer who did not translate it, when not outdated.</item>
/// <item><b>MachineTranslate</b> from Untranslated, MachineTranslated, or any status when outdated, to
/// MachineTranslated, made from the current source; a person's current translation is never replaced by a machine's.</item>
/// <item><b>SubmitForReview</b> also from MachineTranslated: the translator who sends a machine draft for review takes it
/// as theirs, so another reviewer approves it.</item>
/// <item><b>NoRetranslationNeeded</b> on an outdated field: the status stays, the current source becomes the one it was made from.</item>
/// </list>
/// Checking the actor's cultures is the service's part; reviewer rules are here because they depend on the state.
/// </summary>
public static class FieldTranslationRules
{
    /// <summary>Why <paramref name="actor"/> may not do <paramref name="action"/> on <paramref name="state"/>, or Success.</summary>
    public static TranslationOperationStatus Refusal(TranslationAction action, FieldTranslationState state, TranslationActor actor)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(actor);
        return action switch
        {
            TranslationAction.Export => state is { Status: TranslationStatus.Approved, IsOutdated: false }
                ? TranslationOperationStatus.AlreadyApproved
                : TranslationOperationStatus.Success,
            TranslationAction.Import => Allowed(state.Status is TranslationStatus.InTranslation or TranslationStatus.Translated),
            TranslationAction.Edit => TranslationOperationStatus.Success,
            TranslationAction.SubmitForReview => Allowed(state.Status is TranslationStatus.Translated or TranslationStatus.MachineTranslated),
            TranslationAction.MachineTranslate => Allowed(state.IsOutdated || state.Status is TranslationStatus.Untranslated or TranslationStatus.MachineTranslated),
            TranslationAction.Approve => ApprovalRefusal(state, actor),
            TranslationAction.NoRetranslationNeeded => state.IsOutdated ? TranslationOperationStatus.Success : TranslationOperationStatus.NotOutdated,
            _ => TranslationOperationStatus.InvalidTransition,
        };
    }

    /// <summary>
    /// The state after <paramref name="action"/>; <paramref name="translatedFrom"/> is the fingerprint an imported file
    /// was made from (null: the current source).
    /// </summary>
    public static FieldTranslationState Apply(TranslationAction action, FieldTranslationState state, TranslatableUnit unit, SourceFingerprint? translatedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(unit);
        return action switch
        {
            TranslationAction.Export => MadeFromCurrentSource(state, unit) with { Status = TranslationStatus.InTranslation },
            TranslationAction.Import => Imported(state, unit, translatedFrom ?? unit.Fingerprint),
            TranslationAction.Edit => MadeFromCurrentSource(state, unit) with { Status = TranslationStatus.Translated },
            TranslationAction.SubmitForReview => state with { Status = TranslationStatus.InReview },
            TranslationAction.MachineTranslate => MadeFromCurrentSource(state, unit) with { Status = TranslationStatus.MachineTranslated, TranslatedBy = null },
            TranslationAction.Approve => state with { Status = TranslationStatus.Approved },
            TranslationAction.NoRetranslationNeeded => MadeFromCurrentSource(state, unit),
            _ => state,
        };
    }

    /// <summary>
    /// The state once the current source <paramref name="unit"/> is taken into account: outdated when its fingerprint
    /// differs from the one the translation was made from, current again when the source changed back.
    /// Untranslated fields have no source to compare with and are returned as they are.
    /// </summary>
    public static FieldTranslationState ObserveSource(FieldTranslationState state, TranslatableUnit unit)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(unit);
        var current = unit.Fingerprint;
        if (state.SourceFingerprint is null || state.PendingSourceChange?.NewFingerprint == current)
        {
            return state;
        }

        return state.SourceFingerprint == current
            ? state with { PendingSourceChange = null }
            : state with { PendingSourceChange = new SourceChange(state.SourceText, unit.SourceText, current) };
    }

    private static TranslationOperationStatus ApprovalRefusal(FieldTranslationState state, TranslationActor actor)
    {
        if (!actor.CanReview)
        {
            return TranslationOperationStatus.NotReviewer;
        }

        if (state.Status != TranslationStatus.InReview)
        {
            return TranslationOperationStatus.InvalidTransition;
        }

        if (string.Equals(state.TranslatedBy?.UserKey, actor.UserKey, StringComparison.Ordinal))
        {
            return TranslationOperationStatus.SelfApproval;
        }

        return state.IsOutdated ? TranslationOperationStatus.SourceOutdated : TranslationOperationStatus.Success;
    }

    private static TranslationOperationStatus Allowed(bool allowed) =>
        allowed ? TranslationOperationStatus.Success : TranslationOperationStatus.InvalidTransition;

    private static FieldTranslationState MadeFromCurrentSource(FieldTranslationState state, TranslatableUnit unit) =>
        state with { SourceFingerprint = unit.Fingerprint, SourceText = unit.SourceText, PendingSourceChange = null };

    private static FieldTranslationState Imported(FieldTranslationState state, TranslatableUnit unit, SourceFingerprint translatedFrom)
    {
        if (translatedFrom == unit.Fingerprint)
        {
            return MadeFromCurrentSource(state, unit) with { Status = TranslationStatus.Translated };
        }

        var oldText = translatedFrom == state.SourceFingerprint ? state.SourceText : null;
        return state with
        {
            Status = TranslationStatus.Translated,
            SourceFingerprint = translatedFrom,
            SourceText = oldText,
            PendingSourceChange = new SourceChange(oldText, unit.SourceText, unit.Fingerprint),
        };
    }
}
