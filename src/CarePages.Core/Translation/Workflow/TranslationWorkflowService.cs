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
        var changed = (await store.GetByDocumentAsync(units[0].DocumentKey, cancellationToken).ConfigureAwait(false))
            .Where(s => unitsByPath.ContainsKey(s.Path))
            .Select(s => (before: s, after: FieldTranslationRules.ObserveSource(s, unitsByPath[s.Path])))
            .Where(x => x.after != x.before)
            .Select(x => Stamp(x.after, actor))
            .ToArray();
        var entries = changed.Select(s => Entry(s, TranslationAction.SourceChange, actor, s.IsOutdated ? "source changed" : "source changed back")).ToArray();
        await store.SaveAsync(changed, entries, cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>The fields that stop <paramref name="culture"/> of the document with these source units from being published.</summary>
    public async Task<IReadOnlyList<PublishBlocker>> GetPublishBlockersAsync(IReadOnlyList<TranslatableUnit> units, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return [];
        }

        var states = await store.GetByDocumentAsync(units[0].DocumentKey, cancellationToken).ConfigureAwait(false);
        return TranslationPublishRequirement.BlockingFields(units, culture, states);
    }

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
    /// nothing: when any field is refused, nothing is saved and the result lists each field's own outcome.
    /// <paramref name="fields"/> pairs each unit with the fingerprint its imported translation was made from (null: the
    /// current source). Use it for imports, so a document's fields move together. <paramref name="beforeSave"/>, when
    /// given, runs once every field is allowed and before the states are saved (an import saves the draft there): when
    /// it throws, no state is saved.
    /// </summary>
    public async Task<TranslationBatchResult> ApplyToDocumentAsync(TranslationAction action, IReadOnlyList<(TranslatableUnit Unit, SourceFingerprint? TranslatedFrom)> fields, string culture, TranslationActor actor, Func<CancellationToken, Task>? beforeSave = null, CancellationToken cancellationToken = default)
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
        if (refused is not null)
        {
            return new TranslationBatchResult(refused.Status, results.Select((r, i) => r.Succeeded ? r with { State = plans[i].Stored } : r).ToArray());
        }

        if (beforeSave is not null)
        {
            await beforeSave(cancellationToken).ConfigureAwait(false);
        }

        await store.SaveAsync(results.Select(r => r.State).ToArray(), plans.SelectMany(p => p.Entries).ToArray(), cancellationToken).ConfigureAwait(false);
        return new TranslationBatchResult(TranslationOperationStatus.Success, results);
    }

    private async Task<TranslationOperationResult> RunAsync(TranslationAction action, TranslatableUnit unit, string culture, TranslationActor actor, SourceFingerprint? translatedFrom, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(action, unit, culture, actor, translatedFrom, cancellationToken).ConfigureAwait(false);
        if (plan.Result.Succeeded)
        {
            await store.SaveAsync([plan.Result.State], plan.Entries, cancellationToken).ConfigureAwait(false);
        }

        return plan.Result;
    }

    private async Task<WorkflowFieldPlan> PlanAsync(TranslationAction action, TranslatableUnit unit, string culture, TranslationActor actor, SourceFingerprint? translatedFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(actor);
        var stored = await store.FindAsync(unit.DocumentKey, culture, unit.Path, cancellationToken).ConfigureAwait(false)
            ?? FieldTranslationState.Untranslated(unit.DocumentKey, culture, unit.Path);
        var observed = FieldTranslationRules.ObserveSource(stored, unit);
        var refusal = CultureRefusal(unit, culture, actor);
        if (refusal == TranslationOperationStatus.Success)
        {
            refusal = FieldTranslationRules.Refusal(action, observed, actor);
        }

        if (refusal != TranslationOperationStatus.Success)
        {
            return new WorkflowFieldPlan(stored, new TranslationOperationResult(refusal, stored), []);
        }

        var after = Stamp(FieldTranslationRules.Apply(action, observed, unit, translatedFrom), actor);
        if (action is TranslationAction.Import or TranslationAction.Edit)
        {
            after = after with { TranslatedBy = actor.Reference };
        }

        var entries = new List<TranslationAuditEntry>();
        if (observed != stored)
        {
            entries.Add(Entry(after, TranslationAction.SourceChange, actor, observed.IsOutdated ? "source changed" : "source changed back"));
        }

        entries.Add(Entry(after, action, actor, $"{observed.EffectiveStatus} → {after.EffectiveStatus}"));
        return new WorkflowFieldPlan(stored, new TranslationOperationResult(TranslationOperationStatus.Success, after), entries);
    }

    private static TranslationOperationStatus CultureRefusal(TranslatableUnit unit, string culture, TranslationActor actor)
    {
        if (string.Equals(unit.SourceCulture, culture, StringComparison.OrdinalIgnoreCase))
        {
            return TranslationOperationStatus.SourceCulture;
        }

        return actor.MayWorkOn(culture) ? TranslationOperationStatus.Success : TranslationOperationStatus.CultureNotAllowed;
    }

    private FieldTranslationState Stamp(FieldTranslationState state, TranslationActor actor) =>
        state with { ChangedBy = actor.Reference, ChangedAt = timeProvider.GetUtcNow() };

    private TranslationAuditEntry Entry(FieldTranslationState state, TranslationAction action, TranslationActor actor, string? details) =>
        new(state.DocumentKey, state.Culture, state.Path, action, actor.Reference, timeProvider.GetUtcNow(), details);
}
