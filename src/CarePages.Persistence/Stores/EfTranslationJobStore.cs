using CarePages.Core.Translation.Jobs;
using CarePages.Persistence.Mapping;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// <see cref="ITranslationJobStore"/> on the package's tables. Safe as a singleton: every call takes its own
/// context from the (pooled) factory.
/// </summary>
public sealed class EfTranslationJobStore : ITranslationJobStore
{
    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfTranslationJobStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A job with the same id exists (a job id is never reused).</exception>
    public async Task SaveAsync(TranslationJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ExistsAsync(context, job.JobId, cancellationToken))
        {
            throw DuplicateJob(job.JobId);
        }

        context.TranslationJobs.Add(TranslationJobMapping.ToEntity(job));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Another request saved the same id between the check and the insert.
            await using var checkContext = await _contextFactory.CreateDbContextAsync(cancellationToken);
            if (await ExistsAsync(checkContext, job.JobId, cancellationToken))
            {
                throw DuplicateJob(job.JobId, exception);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task<TranslationJob?> FindAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.TranslationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.JobId == jobId, cancellationToken);
        return entity is null ? null : TranslationJobMapping.ToJob(entity);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranslationJob>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.TranslationJobs.AsNoTracking()
            .Where(j => context.TranslationJobDocuments.Any(d => d.JobId == j.JobId && d.DocumentKey == documentKey))
            .OrderByDescending(j => j.CreatedAt)
            .ToListAsync(cancellationToken);
        return entities.ConvertAll(TranslationJobMapping.ToJob);
    }

    private static Task<bool> ExistsAsync(CarePagesDbContext context, string jobId, CancellationToken cancellationToken) =>
        context.TranslationJobs.AnyAsync(j => j.JobId == jobId, cancellationToken);

    private static InvalidOperationException DuplicateJob(string jobId, Exception? inner = null) =>
        new($"A translation job with id \"{jobId}\" already exists.", inner);
}
