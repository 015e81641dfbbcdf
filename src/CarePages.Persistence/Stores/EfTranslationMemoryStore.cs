using CarePages.Core.Translation.Memory;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Mapping;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// <see cref="ITranslationMemoryStore"/> on the package's tables. Safe as a singleton: every call takes its own
/// context from the (pooled) factory. Segments come back in the order they were first stored.
/// </summary>
public sealed class EfTranslationMemoryStore : ITranslationMemoryStore
{
    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfTranslationMemoryStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    /// <remarks>
    /// One save: the same translation given twice keeps the later of the two; a stored one is found by its pair's
    /// text hash and replaced when the new approval is as late or later. When another request stores one of the same
    /// translations meanwhile (the unique index refuses the second row), the save is made once more over it.
    /// </remarks>
    public async Task SaveAsync(IReadOnlyCollection<TranslationMemorySegment> segments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var latest = LatestOfEach(segments);
        if (latest.Count == 0)
        {
            return;
        }

        try
        {
            await UpsertAsync(latest, cancellationToken);
        }
        catch (DbUpdateException)
        {
            await UpsertAsync(latest, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranslationMemorySegment>> GetAsync(string sourceCulture, string targetCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceCulture);
        ArgumentNullException.ThrowIfNull(targetCulture);
        var sourceKey = CultureKeys.Of(sourceCulture);
        var targetKey = CultureKeys.Of(targetCulture);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadSegmentsAsync(
            context.TranslationMemory.Where(e => e.SourceCultureKey == sourceKey && e.TargetCultureKey == targetKey), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranslationMemorySegment>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadSegmentsAsync(context.TranslationMemory, cancellationToken);
    }

    /// <summary>The segments with the same translation given more than once reduced to the latest approval, in first-given order.</summary>
    private static List<TranslationMemorySegment> LatestOfEach(IEnumerable<TranslationMemorySegment> segments)
    {
        var latest = new List<TranslationMemorySegment>();
        foreach (var segment in segments)
        {
            var same = latest.FindIndex(s => s.IsSameTranslationAs(segment));
            if (same < 0)
            {
                latest.Add(segment);
            }
            else if (segment.ApprovedAt >= latest[same].ApprovedAt)
            {
                latest[same] = segment;
            }
        }

        return latest;
    }

    private async Task UpsertAsync(List<TranslationMemorySegment> segments, CancellationToken cancellationToken)
    {
        var hashes = segments.Select(s => TranslationMemoryMapping.TextHash(s.SourceText, s.TargetText)).Distinct().ToList();
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await context.TranslationMemory.Where(e => hashes.Contains(e.TextHash)).ToListAsync(cancellationToken);
        foreach (var segment in segments)
        {
            var entity = stored.Find(e => TranslationMemoryMapping.ToSegment(e).IsSameTranslationAs(segment));
            if (entity is null)
            {
                context.TranslationMemory.Add(TranslationMemoryMapping.ToEntity(segment));
            }
            else if (segment.ApprovedAt >= entity.ApprovedAt)
            {
                TranslationMemoryMapping.CopyValues(segment, entity);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<TranslationMemorySegment>> ReadSegmentsAsync(IQueryable<TranslationMemoryEntity> query, CancellationToken cancellationToken)
    {
        var entities = await query.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return entities.ConvertAll(TranslationMemoryMapping.ToSegment);
    }
}
