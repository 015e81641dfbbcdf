using CarePages.Core.Documents;

namespace CarePages.Core.Ports;

/// <summary>Where documents are kept: Umbraco's content in a site, an embedded SQLite file in the demo.</summary>
public interface IContentStore
{
    /// <summary>Every document, parents before children.</summary>
    Task<IReadOnlyList<DocumentRequest>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>The document with <paramref name="key"/>, or null.</summary>
    Task<DocumentRequest?> GetAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a document.</summary>
    Task SaveAsync(DocumentRequest document, CancellationToken cancellationToken = default);
}
