using CarePages.Core.Ports;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Saves translated values and their states together, for an import and a machine pre-fill alike: the draft first,
/// against the version it was read at; then the states, against the states the plan was made from. When the states
/// changed meanwhile, the draft is put back, so no state is ever recorded for text that was not saved and no text is
/// kept without its state.
/// </summary>
internal static class TranslatedDraftSave
{
    /// <summary>The draft's save result; null when another save came first (try again from the start).</summary>
    public static async Task<DraftSaveResult?> SaveAsync(IDraftContentStore content, TranslationWorkflowService workflow, PreparedImport prepared, TranslationDocumentPlan plan, string culture, UserReference savedBy, CancellationToken cancellationToken)
    {
        var saved = await content.SaveDraftAsync(prepared.Updated, culture, savedBy, prepared.ReadVersion, cancellationToken).ConfigureAwait(false);
        if (saved.Status != DraftSaveStatus.Saved)
        {
            return saved.Status == DraftSaveStatus.NotFound ? saved : null;
        }

        // Past the first write nothing may be abandoned half-way, so the rest no longer listens to the client.
        if (await workflow.CommitAsync(plan, CancellationToken.None).ConfigureAwait(false))
        {
            return saved;
        }

        await content.SaveDraftAsync(prepared.Draft, culture, savedBy, saved.Version!, CancellationToken.None).ConfigureAwait(false);
        return null;
    }
}
