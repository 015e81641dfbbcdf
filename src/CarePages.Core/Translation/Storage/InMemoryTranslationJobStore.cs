using CarePages.Core.Translation.Jobs;

namespace CarePages.Core.Translation.Storage;

/// <summary>A thread-safe <see cref="ITranslationJobStore"/> in memory, for tests and the CLI's dry runs.</summary>
public sealed class InMemoryTranslationJobStore : ITranslationJobStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, TranslationJob> jobs = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task SaveAsync(TranslationJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (gate)
        {
            if (!jobs.TryAdd(job.JobId, job))
            {
                throw new InvalidOperationException($"A translation job with id \"{job.JobId}\" already exists.");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<TranslationJob?> FindAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        lock (gate)
        {
            return Task.FromResult(jobs.GetValueOrDefault(jobId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TranslationJob>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TranslationJob>>(jobs.Values
                .Where(j => j.Export.Documents.Any(d => d.Key == documentKey))
                .OrderByDescending(j => j.CreatedAt)
                .ToArray());
        }
    }
}
