using System.Collections.Concurrent;

namespace CarePages.Core.Translation.Matrix;

/// <summary>An <see cref="IDocumentSummaryStore"/> in memory, for tests and hosts without the package's tables.</summary>
public sealed class InMemoryDocumentSummaryStore : IDocumentSummaryStore
{
    private readonly ConcurrentDictionary<Guid, DocumentSummary> _summaries = new();

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<Guid, DocumentSummary>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, DocumentSummary>>(new Dictionary<Guid, DocumentSummary>(_summaries));

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyCollection<DocumentSummary> summaries, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(removed);
        foreach (var summary in summaries)
        {
            _summaries[summary.Key] = summary;
        }

        foreach (var key in removed)
        {
            _summaries.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
