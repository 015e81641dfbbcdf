using System.Collections.Concurrent;
using CarePages.Core.Ports;

namespace CarePages.Persistence.Tests.TestSupport;

/// <summary>
/// A content source that passes every call on and records the documents read, in order, so a test can tell which
/// documents a run audited again; <see cref="OnRead"/> lets a test act at the moment the n-th document is read.
/// </summary>
internal sealed class RecordingContentSource(ISiteContentSource inner) : ISiteContentSource
{
    private readonly ConcurrentQueue<Guid> _read = new();

    /// <summary>Called with the number (from 1) of each document read in this run, before it is read.</summary>
    public Func<int, Task>? OnRead { get; set; }

    /// <summary>The documents read since <see cref="Clear"/>.</summary>
    public IReadOnlyList<Guid> Read => [.. _read];

    public void Clear() => _read.Clear();

    public Task<IReadOnlyList<SiteDocumentStamp>> GetStampsAsync(CancellationToken cancellationToken = default) => inner.GetStampsAsync(cancellationToken);

    public async Task<SiteDocumentVersions?> GetVersionsAsync(Guid key, CancellationToken cancellationToken = default)
    {
        _read.Enqueue(key);
        if (OnRead is { } onRead)
        {
            await onRead(_read.Count);
        }

        return await inner.GetVersionsAsync(key, cancellationToken);
    }
}
