namespace CarePages.Core.Translation.Matrix;

/// <summary>The stored <see cref="DocumentSummary"/> of each document, so the matrix reads only documents saved since.</summary>
public interface IDocumentSummaryStore
{
    /// <summary>Every stored summary, by document key.</summary>
    Task<IReadOnlyDictionary<Guid, DocumentSummary>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces <paramref name="summaries"/>, and removes those of <paramref name="removed"/>.</summary>
    Task SaveAsync(IReadOnlyCollection<DocumentSummary> summaries, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken = default);
}
