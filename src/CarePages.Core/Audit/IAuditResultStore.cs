namespace CarePages.Core.Audit;

/// <summary>
/// The site audit's stored findings, per document × culture × version, with what they were made from: the package's
/// tables in a site. Each document's results are saved in one step, so a run stopped at any point leaves every
/// document either as it was or fully audited.
/// </summary>
public interface IAuditResultStore
{
    /// <summary>Every audited document's state, by key.</summary>
    Task<IReadOnlyDictionary<Guid, AuditDocumentState>> GetDocumentStatesAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored cultures of <paramref name="documentKeys"/>, by document key (documents without any are left out).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<AuditCultureState>>> GetCultureStatesAsync(IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="results"/>, each document's in one step (see <see cref="AuditDocumentResult"/>).</summary>
    Task SaveAsync(IReadOnlyList<AuditDocumentResult> results, CancellationToken cancellationToken = default);

    /// <summary>Removes everything stored of <paramref name="documentKeys"/> (deleted documents).</summary>
    Task RemoveAsync(IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken = default);

    /// <summary>One page of the stored findings that match <paramref name="query"/>, with the number that match in all.</summary>
    Task<AuditFindingPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts of the stored findings and language versions in <paramref name="scope"/> by severity, culture, rule and document type.</summary>
    Task<AuditCounts> CountAsync(AuditScope scope, CancellationToken cancellationToken = default);

    /// <summary>The pages whose next review is due on or before <paramref name="dueBy"/>, per culture, soonest first.</summary>
    Task<IReadOnlyList<AuditReviewDate>> GetReviewDatesAsync(DateOnly dueBy, AuditedVersion version, CancellationToken cancellationToken = default);
}
