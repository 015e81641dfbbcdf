using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Storage;

/// <summary>Where field translation states and the audit trail are kept (the package's tables in a site).</summary>
public interface ITranslationStateStore
{
    /// <summary>The state of one field in one culture, or null when nobody has worked on it.</summary>
    Task<FieldTranslationState?> FindAsync(Guid documentKey, string culture, FieldPath path, CancellationToken cancellationToken = default);

    /// <summary>Every stored state of a document, in every culture.</summary>
    Task<IReadOnlyList<FieldTranslationState>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default);

    /// <summary>Every stored state (for the status matrix).</summary>
    Task<IReadOnlyList<FieldTranslationState>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>How many fields each document has in each culture and effective status, added up by the store (the matrix).</summary>
    Task<IReadOnlyList<Matrix.StatusTally>> CountByStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that changes whenever a save changes states: while it stays the same, <see cref="CountByStatusAsync"/>
    /// gives the same tallies, so they can be kept between requests (<see cref="Matrix.StatusTallyCache"/>).
    /// </summary>
    Task<long> GetTallyVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces <paramref name="states"/> and appends <paramref name="auditEntries"/>, all or nothing.</summary>
    Task SaveAsync(IReadOnlyCollection<FieldTranslationState> states, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="transitions"/> and appends <paramref name="auditEntries"/>, all or nothing, only when every
    /// transition <see cref="StateTransition.StartsFrom"/> the state stored now; the check and the write are one step.
    /// </summary>
    /// <returns>True when saved; false when another change came first (then nothing was saved).</returns>
    Task<bool> SaveTransitionsAsync(IReadOnlyCollection<StateTransition> transitions, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default);

    /// <summary>A document's audit trail in time order (entries at the same time in the order they were saved).</summary>
    Task<IReadOnlyList<TranslationAuditEntry>> GetAuditTrailAsync(Guid documentKey, CancellationToken cancellationToken = default);
}
