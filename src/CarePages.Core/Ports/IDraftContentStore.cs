using CarePages.Core.Documents;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Ports;

/// <summary>
/// The latest saved version of documents, where translations are read from and written to: Umbraco's draft in a site,
/// the demo's draft table. Saving never publishes.
/// </summary>
public interface IDraftContentStore
{
    /// <summary>The latest saved version of the document with <paramref name="key"/>, or null when there is none.</summary>
    Task<MultiCultureDocument?> GetDraftAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>The keys of every CarePages document (for the status matrix), parents before children.</summary>
    Task<IReadOnlyList<Guid>> GetKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="culture"/> of <paramref name="document"/> as a draft, recording <paramref name="savedBy"/>,
    /// only while the stored draft is still at <paramref name="expectedVersion"/> (its <see cref="DraftVersion"/> when it
    /// was read): the check and the write are one step, so of two saves made against the same version one is refused
    /// with <see cref="DraftSaveStatus.Conflict"/> and nothing is lost. The result lists values that were saved although
    /// the store flags them as invalid.
    /// </summary>
    Task<DraftSaveResult> SaveDraftAsync(MultiCultureDocument document, string culture, UserReference savedBy, string expectedVersion, CancellationToken cancellationToken = default);
}
