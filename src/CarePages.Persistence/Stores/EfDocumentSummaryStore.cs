using CarePages.Core.Translation.Matrix;
using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary><see cref="IDocumentSummaryStore"/> on <c>carePagesDocumentSummary</c>. Safe as a singleton.</summary>
public sealed class EfDocumentSummaryStore : IDocumentSummaryStore
{
    private const int KeysPerQuery = 500;
    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfDocumentSummaryStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, DocumentSummary>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.DocumentSummaries.AsNoTracking()
            .Select(e => new DocumentSummary(e.DocumentKey, e.Stamp, e.Name, e.ContentTypeAlias, e.TranslatableFields))
            .ToDictionaryAsync(s => s.Key, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Two requests refreshing the same document write the same values, so the last write winning loses nothing.</remarks>
    public async Task SaveAsync(IReadOnlyCollection<DocumentSummary> summaries, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(removed);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var slice in removed.Concat(summaries.Select(s => s.Key)).Distinct().Chunk(KeysPerQuery))
        {
            await context.DocumentSummaries.Where(e => slice.Contains(e.DocumentKey)).ExecuteDeleteAsync(cancellationToken);
        }

        context.DocumentSummaries.AddRange(summaries.DistinctBy(s => s.Key).Select(s => new DocumentSummaryEntity
        {
            DocumentKey = s.Key,
            Stamp = s.Stamp,
            Name = s.Name.Length <= Model.ColumnLengths.DocumentName ? s.Name : s.Name[..Model.ColumnLengths.DocumentName],
            ContentTypeAlias = s.ContentTypeAlias,
            TranslatableFields = s.TranslatableFields,
        }));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
