using CarePages.Core.Documents;

namespace CarePages.Demo.Storage;

/// <summary>
/// The demo clinic's documents (in the demo and the command-line tool): all of them, one by key, or saved whole. An
/// Umbraco site has no such store: the package reads and writes its content through <c>IDraftContentStore</c>.
/// </summary>
public interface IContentStore
{
    /// <summary>Every document, parents before children.</summary>
    Task<IReadOnlyList<MultiCultureDocument>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>How many documents are stored, without reading them.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The document with <paramref name="key"/>, or null.</summary>
    Task<MultiCultureDocument?> GetAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a document.</summary>
    Task SaveAsync(MultiCultureDocument document, CancellationToken cancellationToken = default);
}
