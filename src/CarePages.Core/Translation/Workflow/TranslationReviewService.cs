using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// Moves fields of one document in one culture through review: sent for review, approved by a reviewer who did not
/// translate them (approved translations then go into the translation memory), edited in the editor, or kept after a
/// source change that needs no retranslation. Each action takes the named fields (all translatable fields when none
/// are named) all or nothing.
/// </summary>
public sealed class TranslationReviewService(
    IDraftContentStore content,
    TranslationWorkflowService workflow,
    TranslationMemoryService memory,
    TranslationExchangeOptions options)
{
    /// <summary>Sends translated fields for review.</summary>
    public Task<TranslationReviewResult> SubmitForReviewAsync(Guid documentKey, string culture, IReadOnlyList<FieldPath>? paths, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.SubmitForReview, documentKey, culture, paths, actor, cancellationToken);

    /// <summary>Records translations written or changed in the editor, made from the current source.</summary>
    public Task<TranslationReviewResult> RecordEditsAsync(Guid documentKey, string culture, IReadOnlyList<FieldPath>? paths, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.Edit, documentKey, culture, paths, actor, cancellationToken);

    /// <summary>Accepts source changes that need no retranslation.</summary>
    public Task<TranslationReviewResult> MarkNoRetranslationNeededAsync(Guid documentKey, string culture, IReadOnlyList<FieldPath>? paths, TranslationActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(TranslationAction.NoRetranslationNeeded, documentKey, culture, paths, actor, cancellationToken);

    /// <summary>Approves fields in review and adds their translations to the translation memory.</summary>
    public async Task<TranslationReviewResult> ApproveAsync(Guid documentKey, string culture, IReadOnlyList<FieldPath>? paths, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        var (result, draft, units) = await RunWithDocumentAsync(TranslationAction.Approve, documentKey, culture, paths, actor, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded || draft?.NameIn(culture) is null)
        {
            return result;
        }

        var target = CultureDocumentFactory.Create(draft, culture);
        foreach (var (field, unit) in result.Fields.Zip(units))
        {
            if (TranslatableUnits.TextAt(target, unit.Path) is { } translation)
            {
                await memory.AddApprovedAsync(field.State, unit.SourceCulture, PlainTextSegments.Pair(unit.Kind, unit.SourceText, translation), cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    private async Task<TranslationReviewResult> RunAsync(TranslationAction action, Guid documentKey, string culture, IReadOnlyList<FieldPath>? paths, TranslationActor actor, CancellationToken cancellationToken) =>
        (await RunWithDocumentAsync(action, documentKey, culture, paths, actor, cancellationToken).ConfigureAwait(false)).Result;

    private async Task<(TranslationReviewResult Result, MultiCultureDocument? Draft, IReadOnlyList<TranslatableUnit> Units)> RunWithDocumentAsync(
        TranslationAction action, Guid documentKey, string culture, IReadOnlyList<FieldPath>? paths, TranslationActor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(actor);
        var draft = await content.GetDraftAsync(documentKey, cancellationToken).ConfigureAwait(false);
        if (draft?.NameIn(options.SourceCulture) is null)
        {
            return (TranslationReviewResult.Refused(TranslationReviewStatus.DocumentNotFound, ExchangeNote.Keyed(ReviewMessages.DocumentNotFound, ("document", documentKey), ("culture", options.SourceCulture)), []), null, []);
        }

        var source = CultureDocumentFactory.Create(draft, options.SourceCulture);
        var all = TranslatableUnits.Of(source);
        var byPath = all.ToDictionary(u => u.Path);
        var unknown = paths?.FirstOrDefault(p => !byPath.ContainsKey(p));
        if (unknown is not null)
        {
            return (TranslationReviewResult.Refused(TranslationReviewStatus.UnknownField, ExchangeNote.Keyed(ReviewMessages.UnknownField, ("field", unknown.Value), ("document", documentKey)), []), draft, []);
        }

        var units = paths is null || paths.Count == 0 ? all : paths.Distinct().Select(p => byPath[p]).ToArray();
        var batch = await workflow.ApplyToDocumentAsync(action, units.Select(u => (u, (SourceFingerprint?)null)).ToArray(), culture, actor, cancellationToken: cancellationToken).ConfigureAwait(false);
        var result = batch.Succeeded
            ? new TranslationReviewResult(TranslationReviewStatus.Success, null, batch.Fields)
            : TranslationReviewResult.Refused(TranslationReviewStatus.Refused, Refusal(batch, units), batch.Fields, path => FieldLabels.Of(path, source, ExchangeMessages.FallbackLanguage));
        return (result, draft, units);
    }

    /// <summary>
    /// The refusal of <paramref name="result"/> (an action on document <paramref name="documentKey"/>) in
    /// <paramref name="uiCulture"/>'s language, its field named by its label; null on success.
    /// </summary>
    public async Task<string?> MessageInAsync(TranslationReviewResult result, Guid documentKey, string uiCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status == TranslationReviewStatus.Refused
            ? result.MessageIn(uiCulture, await SourceFieldLabels.ForAsync(content, documentKey, options.SourceCulture, uiCulture, cancellationToken).ConfigureAwait(false))
            : result.MessageIn(uiCulture);
    }

    // The workflow's status names stay as they are inside the sentence; naming them in each language is a later step.
    private static ExchangeNote Refusal(TranslationBatchResult batch, IReadOnlyList<TranslatableUnit> units)
    {
        var (field, index) = batch.Fields.Select((f, i) => (f, i)).First(x => !x.f.Succeeded);
        return ExchangeNote.Keyed(ReviewMessages.FieldRefused, ("field", units[index].Path), ("status", field.Status), ("state", field.State.EffectiveStatus));
    }
}
