using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Publishing;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// The translation workflow over a store: export, import, edit, review, approval, source changes and publishing,
/// each checked against the actor's cultures and <see cref="FieldTranslationRules"/>, stamped with who and when,
/// and written to the audit trail. Refusals are results, not exceptions, and leave the store unchanged.
/// </summary>
public sealed class TranslationWorkflowService(ITranslationStateStore store, TimeProvider timeProvider)
{
    /// <summary>How often recording a source change is tried when the states keep changing under it.</summary>
    private const int MaxAttempts = 3;

    /// <summary>Records that <paramref name="unit"/> was exported for translation into <paramref name="culture"/>.</summary>
    public Task<TranslationOperationResult> ExportAsync(TranslatableUnit unit, string culture, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.Export, unit, culture, actor, null, cancellationToken);

    /// <summary>
    /// Records an imported translation of <paramref name="unit"/> made from the source with fingerprint
    /// <paramref name="translatedFrom"/>; when that is not the current source, the field is Translated but outdated.
    /// </summary>
    public Task<TranslationOperationResult> ImportAsync(TranslatableUnit unit, string culture, SourceFingerprint translatedFrom, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.Import, unit, culture, actor, translatedFrom, cancellationToken);

    /// <summary>Records a translation written or changed in the editor, made from the current source.</summary>
    public Task<TranslationOperationResult> EditAsync(TranslatableUnit unit, string culture, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.Edit, unit, culture, actor, null, cancellationToken);

    /// <summary>Sends a translated field for review.</summary>
    public Task<TranslationOperationResult> SubmitForReviewAsync(TranslatableUnit unit, string culture, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.SubmitForReview, unit, culture, actor, null, cancellationToken);

    /// <summary>Approves a field in review; the reviewer must not be its translator.</summary>
    public Task<TranslationOperationResult> ApproveAsync(TranslatableUnit unit, string culture, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.Approve, unit, culture, actor, null, cancellationToken);

    /// <summary>Accepts a source change without retranslation: the status comes back, the fingerprint is updated.</summary>
    public Task<TranslationOperationResult> MarkNoRetranslationNeededAsync(TranslatableUnit unit, string culture, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.NoRetranslationNeeded, unit, culture, actor, null, cancellationToken);

    /// <summary>
    /// Compares the document's current source <paramref name="units"/> with every culture's translations and records
    /// those that became outdated (or current again); returns the states that changed. Call after the source is saved.
    /// </summary>
    public async Task<IReadOnlyList<FieldTranslationState>> RecordSourceChangesAsync(IReadOnlyList<TranslatableUnit> units, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(actor);
        if (units.Count == 0)
        {
            return [];
        }

        var unitsByPath = units.ToDictionary(u => u.Path);
        for (var attempt = 1; ; attempt++)
        {
            var changes = (await store.GetByDocumentAsync(units[0].DocumentKey, cancellationToken).ConfigureAwait(false))
                .Where(s => unitsByPath.ContainsKey(s.Path))
                .Select(s => new StateTransition(s, FieldTranslationRules.ObserveSource(s, unitsByPath[s.Path])))
                .Where(t => t.After != t.Before)
                .Select(t => t with { After = Stamp(t.After, actor) })
                .ToArray();
            var entries = changes.Select(t => Entry(t.After, TranslationAction.SourceChange, actor, t.After.IsOutdated ? "source changed" : "source changed back")).ToArray();
            if (await store.SaveTransitionsAsync(changes, entries, cancellationToken).ConfigureAwait(false))
            {
                return changes.Select(t => t.After).ToArray();
            }

            if (attempt == MaxAttempts)
            {
                throw new TranslationConflictException($"The translation states of document {units[0].DocumentKey} kept changing while the source change was recorded ({MaxAttempts} attempts).");
            }
        }
    }

    /// <summary>The fields that stop <paramref name="culture"/> of the document with these source units from being published.</summary>
    public Task<IReadOnlyList<PublishBlocker>> GetPublishBlockersAsync(IReadOnlyList<TranslatableUnit> units, string culture, CancellationToken cancellationToken = default) =>
        BlockersAsync(units, culture, TranslationPublishRequirement.BlockingFields, cancellationToken);

    /// <summary>
    /// The fields whose machine draft has not been approved, which stop <paramref name="culture"/> of a clinical document
    /// even where a site turned the approval requirement off (see <see cref="TranslationPublishRequirement.MachineDraftFields"/>).
    /// </summary>
    public Task<IReadOnlyList<PublishBlocker>> GetMachineDraftBlockersAsync(IReadOnlyList<TranslatableUnit> units, string culture, CancellationToken cancellationToken = default) =>
        BlockersAsync(units, culture, TranslationPublishRequirement.MachineDraftFields, cancellationToken);

    /// <summary>
    /// Records that <paramref name="culture"/> of the document was published, or refuses with
    /// <see cref="TranslationOperationStatus.TranslationsNotApproved"/> while <see cref="GetPublishBlockersAsync"/> lists fields.
    /// </summary>
    public async Task<TranslationOperationStatus> RecordPublishAsync(Guid documentKey, IReadOnlyList<TranslatableUnit> units, string culture, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if ((await GetPublishBlockersAsync(units, culture, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return TranslationOperationStatus.TranslationsNotApproved;
        }

        await RecordPublishedAsync(documentKey, culture, actor.Reference, cancellationToken).ConfigureAwait(false);
        return TranslationOperationStatus.Success;
    }

    /// <summary>Records that <paramref name="culture"/> of the document was published (the gate has already let it through).</summary>
    public Task RecordPublishedAsync(Guid documentKey, string culture, UserReference publishedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(publishedBy);
        var entry = new TranslationAuditEntry(documentKey, culture, null, TranslationAction.Publish, publishedBy, timeProvider.GetUtcNow(), null);
        return store.SaveAsync([], [entry], cancellationToken);
    }

    /// <summary>The document's audit trail in time order.</summary>
    public Task<IReadOnlyList<TranslationAuditEntry>> GetAuditTrailAsync(Guid documentKey, CancellationToken cancellationToken = default) =>
        store.GetAuditTrailAsync(documentKey, cancellationToken);

    /// <summary>
    /// Does <paramref name="action"/> on every field in <paramref name="fields"/> (one document, one culture), all or
    /// nothing: when any field is refused, or another change to one of them came first
    /// (<see cref="TranslationOperationStatus.Conflict"/>), nothing is saved and the result lists each field's own outcome.
    /// <paramref name="fields"/> pairs each unit with the fingerprint its imported translation was made from (null: the
    /// current source).
    /// </summary>
    public async Task<TranslationBatchResult> ApplyToDocumentAsync(TranslationAction action, IReadOnlyList<(TranslatableUnit Unit, SourceFingerprint? TranslatedFrom)> fields, string culture, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        var plan = await PlanDocumentAsync(action, fields, culture, actor, cancellationToken).ConfigureAwait(false);
        if (!plan.Result.Succeeded || await CommitAsync(plan, cancellationToken).ConfigureAwait(false))
        {
            return plan.Result;
        }

        return new TranslationBatchResult(TranslationOperationStatus.Conflict, plan.Result.Fields.Select(f => f with { Status = TranslationOperationStatus.Conflict }).ToArray());
    }

    /// <summary>
    /// Works out what <see cref="ApplyToDocumentAsync"/> would do, saving nothing: <see cref="CommitAsync"/> saves it, so
    /// a caller can save something else first (an import saves the draft) and save the states only when that worked.
    /// </summary>
    public async Task<TranslationDocumentPlan> PlanDocumentAsync(TranslationAction action, IReadOnlyList<(TranslatableUnit Unit, SourceFingerprint? TranslatedFrom)> fields, string culture, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(actor);
        var plans = new List<WorkflowFieldPlan>(fields.Count);
        foreach (var (unit, translatedFrom) in fields)
        {
            plans.Add(await PlanAsync(action, unit, culture, actor, translatedFrom, cancellationToken).ConfigureAwait(false));
        }

        var results = plans.Select(p => p.Result).ToArray();
        var refused = results.FirstOrDefault(r => !r.Succeeded);
        var stored = plans.Select(p => p.Stored).ToArray();
        return refused is null
            ? new TranslationDocumentPlan(new TranslationBatchResult(TranslationOperationStatus.Success, results), plans.Select(p => p.Transition).ToArray(), plans.SelectMany(p => p.Entries).ToArray(), stored)
            : new TranslationDocumentPlan(new TranslationBatchResult(refused.Status, results.Select((r, i) => r.Succeeded ? r with { State = plans[i].Stored } : r).ToArray()), [], [], stored);
    }

    /// <summary>
    /// Saves a plan that <see cref="PlanDocumentAsync"/> allowed; false, with nothing saved, when another change to one
    /// of its fields came first.
    /// </summary>
    public Task<bool> CommitAsync(TranslationDocumentPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Result.Succeeded
            ? store.SaveTransitionsAsync(plan.Transitions, plan.Entries, cancellationToken)
            : throw new InvalidOperationException("A refused plan cannot be saved.");
    }

    private async Task<TranslationOperationResult> RunAsync(TranslationAction action, TranslatableUnit unit, string culture, TranslationActor actor, SourceFingerprint? translatedFrom, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(action, unit, culture, actor, translatedFrom, cancellationToken).ConfigureAwait(false);
        if (plan.Result.Succeeded && !await store.SaveTransitionsAsync([plan.Transition], plan.Entries, cancellationToken).ConfigureAwait(false))
        {
            return new TranslationOperationResult(TranslationOperationStatus.Conflict, plan.Stored);
        }

        return plan.Result;
    }

    private async Task<WorkflowFieldPlan> PlanAsync(TranslationAction action, TranslatableUnit unit, string culture, TranslationActor actor, SourceFingerprint? translatedFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(actor);
        var found = await store.FindAsync(unit.DocumentKey, culture, unit.Path, cancellationToken).ConfigureAwait(false);
        var stored = found ?? FieldTranslationState.Untranslated(unit.DocumentKey, culture, unit.Path);
        var observed = FieldTranslationRules.ObserveSource(stored, unit);
        var refusal = CultureRefusal(unit, culture, actor);
        if (refusal == TranslationOperationStatus.Success)
        {
            refusal = FieldTranslationRules.Refusal(action, observed, actor);
        }

        if (refusal != TranslationOperationStatus.Success)
        {
            return new WorkflowFieldPlan(found, stored, new TranslationOperationResult(refusal, stored), []);
        }

        var after = Stamp(FieldTranslationRules.Apply(action, observed, unit, translatedFrom), actor);
        if (action is TranslationAction.Import or TranslationAction.Edit
            || (action == TranslationAction.SubmitForReview && observed.Status == TranslationStatus.MachineTranslated))
        {
            after = after with { TranslatedBy = actor.Reference };
        }

        var entries = new List<TranslationAuditEntry>();
        if (observed != stored)
        {
            entries.Add(Entry(after, TranslationAction.SourceChange, actor, observed.IsOutdated ? "source changed" : "source changed back"));
        }

        entries.Add(Entry(after, action, actor, $"{observed.EffectiveStatus} → {after.EffectiveStatus}"));
        return new WorkflowFieldPlan(found, stored, new TranslationOperationResult(TranslationOperationStatus.Success, after), entries);
    }

    private static TranslationOperationStatus CultureRefusal(TranslatableUnit unit, string culture, TranslationActor actor)
    {
        if (string.Equals(unit.SourceCulture, culture, StringComparison.OrdinalIgnoreCase))
        {
            return TranslationOperationStatus.SourceCulture;
        }

        return actor.MayWorkOn(culture) ? TranslationOperationStatus.Success : TranslationOperationStatus.CultureNotAllowed;
    }

    private async Task<IReadOnlyList<PublishBlocker>> BlockersAsync(
        IReadOnlyList<TranslatableUnit> units, string culture, Func<IReadOnlyList<TranslatableUnit>, string, IEnumerable<FieldTranslationState>, IReadOnlyList<PublishBlocker>> requirement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return [];
        }

        var states = await store.GetByDocumentAsync(units[0].DocumentKey, cancellationToken).ConfigureAwait(false);
        return requirement(units, culture, states);
    }

    private FieldTranslationState Stamp(FieldTranslationState state, TranslationActor actor) =>
        state with { ChangedBy = actor.Reference, ChangedAt = timeProvider.GetUtcNow() };

    private TranslationAuditEntry Entry(FieldTranslationState state, TranslationAction action, TranslationActor actor, string? details) =>
        new(state.DocumentKey, state.Culture, state.Path, action, actor.Reference, timeProvider.GetUtcNow(), details);
}
