using CarePages.Core.Text;
using CarePages.Core.Translation.Glossary;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Mapping;
using CarePages.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// <see cref="IGlossaryStore"/> on the package's tables. Safe as a singleton: every call takes its own context from
/// the (pooled) factory.
/// </summary>
public sealed class EfGlossaryStore : IGlossaryStore
{
    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfGlossaryStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    /// <remarks>Reads only the rows of the pairs that can cover <paramref name="pair"/>: its cultures and their bare languages.</remarks>
    public async Task<LanguagePairGlossary> GetAsync(LanguagePair pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var sourceKeys = CoveringCultureKeys(pair.SourceCulture);
        var targetKeys = CoveringCultureKeys(pair.TargetCulture);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.GlossaryEntries.AsNoTracking()
            .Where(e => sourceKeys.Contains(e.SourceCultureKey) && targetKeys.Contains(e.TargetCultureKey))
            .ToListAsync(cancellationToken);
        return LanguagePairGlossary.For(pair, entities.ConvertAll(GlossaryEntryMapping.ToEntry));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GlossaryEntry>> GetEntriesAsync(LanguagePair pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var sourceKey = CultureKeys.Of(pair.SourceCulture);
        var targetKey = CultureKeys.Of(pair.TargetCulture);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.GlossaryEntries.AsNoTracking()
            .Where(e => e.SourceCultureKey == sourceKey && e.TargetCultureKey == targetKey)
            .ToListAsync(cancellationToken);

        // Sorted here: the database's collation need not be ordinal.
        return entities.ConvertAll(GlossaryEntryMapping.ToEntry).OrderBy(e => e.SourceTerm, StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The source term is longer than <see cref="ColumnLengths.GlossaryTerm"/> characters.</exception>
    public async Task<GlossaryOperationStatus> AddAsync(GlossaryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = GlossaryEntryMapping.ToEntity(entry);
        if (entity.TermKey.Length > ColumnLengths.GlossaryTerm)
        {
            throw new ArgumentException(
                $"The glossary term \"{entry.SourceTerm[..40]}…\" is longer than {ColumnLengths.GlossaryTerm} characters.", nameof(entry));
        }

        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTrackedAsync(context, entry.Pair, entry.SourceTerm, cancellationToken) is not null)
        {
            return GlossaryOperationStatus.DuplicateTerm;
        }

        context.GlossaryEntries.Add(entity);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return GlossaryOperationStatus.Success;
        }
        catch (DbUpdateException)
        {
            // Another request added the same term between the check and the insert.
            await using var checkContext = await _contextFactory.CreateDbContextAsync(cancellationToken);
            if (await FindTrackedAsync(checkContext, entry.Pair, entry.SourceTerm, cancellationToken) is not null)
            {
                return GlossaryOperationStatus.DuplicateTerm;
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task<GlossaryOperationStatus> UpdateAsync(GlossaryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await FindTrackedAsync(context, entry.Pair, entry.SourceTerm, cancellationToken);
        if (entity is null)
        {
            return GlossaryOperationStatus.NotFound;
        }

        GlossaryEntryMapping.CopyValues(entry, entity);
        await context.SaveChangesAsync(cancellationToken);
        return GlossaryOperationStatus.Success;
    }

    /// <inheritdoc />
    public async Task<GlossaryOperationStatus> RemoveAsync(LanguagePair pair, string sourceTerm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(sourceTerm);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTrackedAsync(context, pair, sourceTerm, cancellationToken) is not { } entity)
        {
            return GlossaryOperationStatus.NotFound;
        }

        context.GlossaryEntries.Remove(entity);
        await context.SaveChangesAsync(cancellationToken);
        return GlossaryOperationStatus.Success;
    }

    // By its key; else among the pair's rows by the key their source term folds to now. A row saved while the folding
    // was looser (before ة/ه and ى/ي were one letter) keeps its old key, and must still be found, not duplicated.
    private static async Task<GlossaryEntryEntity?> FindTrackedAsync(CarePagesDbContext context, LanguagePair pair, string sourceTerm, CancellationToken cancellationToken)
    {
        var (sourceKey, targetKey, termKey) = GlossaryEntryMapping.Key(pair, sourceTerm);
        var pairRows = context.GlossaryEntries.Where(e => e.SourceCultureKey == sourceKey && e.TargetCultureKey == targetKey);
        return await pairRows.SingleOrDefaultAsync(e => e.TermKey == termKey, cancellationToken)
            ?? (await pairRows.ToListAsync(cancellationToken)).FirstOrDefault(e => GlossaryEntryMapping.Key(pair, e.SourceTerm).TermKey == termKey);
    }

    /// <summary>The keys of <paramref name="culture"/> and of its bare language (<c>es-ES</c> → <c>ES-ES</c>, <c>ES</c>).</summary>
    private static string[] CoveringCultureKeys(string culture)
    {
        return CultureNames.IsBareLanguage(culture) ? [CultureKeys.Of(culture)] : [CultureKeys.Of(culture), CultureKeys.Of(CultureNames.LanguageOf(culture))];
    }
}
