using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// Records translations that arrive already written (the sample clinic's Spanish and Arabic pages) as approved, through
/// the normal workflow: the translator's edit and submission, then another person's approval, each in the audit trail.
/// Fields someone has already worked on are left as they are, so running it again changes nothing.
/// </summary>
public sealed class ExistingTranslationApprover(TranslationWorkflowService workflow, ITranslationStateStore store)
{
    /// <summary>
    /// Approves every field of <paramref name="source"/> that <paramref name="translation"/> has text for and that has
    /// no translation state yet: written by <paramref name="translator"/>, approved by <paramref name="reviewer"/>.
    /// </summary>
    /// <returns>Success with the approved fields (none when there was nothing to do), or the first refusal (steps before it stay saved).</returns>
    public async Task<TranslationBatchResult> ApproveAsync(CultureDocument source, CultureDocument translation, TranslationActor translator, TranslationActor reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translation);
        ArgumentNullException.ThrowIfNull(translator);
        ArgumentNullException.ThrowIfNull(reviewer);
        var worked = (await store.GetByDocumentAsync(source.Key, cancellationToken).ConfigureAwait(false))
            .Where(s => string.Equals(s.Culture, translation.Culture, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Path.Value)
            .ToHashSet(StringComparer.Ordinal);
        var fields = TranslatableUnits.Of(source)
            .Where(unit => !string.IsNullOrWhiteSpace(TranslatableUnits.TextAt(translation, unit.Path)) && !worked.Contains(unit.Path.Value))
            .Select(unit => (unit, (SourceFingerprint?)null))
            .ToList();

        var result = new TranslationBatchResult(TranslationOperationStatus.Success, []);
        if (fields.Count == 0)
        {
            return result;
        }

        foreach (var (action, actor) in new[] { (TranslationAction.Edit, translator), (TranslationAction.SubmitForReview, translator), (TranslationAction.Approve, reviewer) })
        {
            result = await workflow.ApplyToDocumentAsync(action, fields, translation.Culture, actor, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>
    /// Approves the sample clinic's translations of one document, as written by <see cref="SampleClinicTeam"/>'s
    /// translator of each culture and approved by its reviewer. <paramref name="read"/> gives the document in a culture
    /// (null when it has none); the source is <see cref="SampleClinic.SourceCulture"/>.
    /// </summary>
    /// <returns>Success, or the first culture's refusal.</returns>
    public async Task<TranslationBatchResult> ApproveSampleAsync(Func<string, CultureDocument?> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var approved = new List<TranslationOperationResult>();
        if (read(SampleClinic.SourceCulture) is not { } source)
        {
            return new TranslationBatchResult(TranslationOperationStatus.Success, approved);
        }

        foreach (var (culture, translator) in SampleClinicTeam.Translators)
        {
            if (read(culture) is not { } translation)
            {
                continue;
            }

            var result = await ApproveAsync(source, translation, translator, SampleClinicTeam.Reviewer, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return result;
            }

            approved.AddRange(result.Fields);
        }

        return new TranslationBatchResult(TranslationOperationStatus.Success, approved);
    }
}
