using System.Runtime.ExceptionServices;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Mapping;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// <see cref="ITranslationStateStore"/> on the package's tables. Safe as a singleton: every call takes its own
/// context from the (pooled) factory.
/// </summary>
public sealed class EfTranslationStateStore : ITranslationStateStore
{
    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfTranslationStateStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    public async Task<FieldTranslationState?> FindAsync(Guid documentKey, string culture, FieldPath path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(path);
        var cultureKey = CultureKeys.Of(culture);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.TranslationStates.AsNoTracking()
            .SingleOrDefaultAsync(s => s.DocumentKey == documentKey && s.CultureKey == cultureKey && s.FieldPath == path.Value, cancellationToken);
        return entity is null ? null : TranslationStateMapping.ToState(entity);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FieldTranslationState>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadStatesAsync(context.TranslationStates.Where(s => s.DocumentKey == documentKey), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FieldTranslationState>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadStatesAsync(context.TranslationStates, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Read from the tallies the saves keep, so the states themselves are never added up here.</remarks>
    public async Task<IReadOnlyList<StatusTally>> CountByStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.TranslationTallies.AsNoTracking()
            .Select(t => new StatusTally(t.DocumentKey, t.CultureKey, t.Status, t.Count))
            .ToListAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> GetTallyVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await TranslationTallies.VersionAsync(context, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction: the states are upserted (the last of two states for the same field wins), then the audit
    /// entries are inserted one by one so that the database's sequence numbers follow the order they were given in.
    /// </remarks>
    public async Task SaveAsync(IReadOnlyCollection<FieldTranslationState> states, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(auditEntries);
        if (states.Count == 0 && auditEntries.Count == 0)
        {
            return;
        }

        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (states.Count > 0)
        {
            await TranslationTallies.RaiseVersionAsync(context, cancellationToken);
        }

        await UpsertStatesAsync(context, states, cancellationToken);
        await AppendAuditAsync(context, auditEntries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The states are read and written in one transaction, and the status and time of the last change are concurrency
    /// tokens: a row another request changed in between makes the update match nothing, and the whole save is undone.
    /// </remarks>
    public async Task<bool> SaveTransitionsAsync(IReadOnlyCollection<StateTransition> transitions, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(auditEntries);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await TranslationTallies.RaiseVersionAsync(context, cancellationToken);
        var documents = transitions.Select(t => t.After.DocumentKey).Distinct().ToArray();
        var existing = await StoredStatesAsync(context, documents, cancellationToken);
        foreach (var transition in transitions)
        {
            var entity = existing.GetValueOrDefault(KeyOf(transition.After));
            if (!transition.StartsFrom(entity is null ? null : TranslationStateMapping.ToState(entity)))
            {
                return false;
            }

            Put(context, entity, transition.After);
        }

        await TranslationTallies.UpdateAsync(context, documents, cancellationToken);

        DbUpdateException? failure = null;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await AppendAuditAsync(context, auditEntries, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException error)
        {
            failure = error;
        }

        if (failure is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            if (await AnyInsertedMeanwhileAsync(transitions, cancellationToken))
            {
                return false;
            }

            ExceptionDispatchInfo.Throw(failure);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranslationAuditEntry>> GetAuditTrailAsync(Guid documentKey, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.TranslationAudit.AsNoTracking()
            .Where(e => e.DocumentKey == documentKey)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return entities.ConvertAll(TranslationAuditMapping.ToEntry);
    }

    private static async Task UpsertStatesAsync(CarePagesDbContext context, IReadOnlyCollection<FieldTranslationState> states, CancellationToken cancellationToken)
    {
        if (states.Count == 0)
        {
            return;
        }

        var latest = new Dictionary<(Guid, string, string), FieldTranslationState>();
        foreach (var state in states)
        {
            latest[KeyOf(state)] = state;
        }

        var documents = latest.Keys.Select(k => k.Item1).Distinct().ToArray();
        var existing = await StoredStatesAsync(context, documents, cancellationToken);
        foreach (var (key, state) in latest)
        {
            Put(context, existing.GetValueOrDefault(key), state);
        }

        await TranslationTallies.UpdateAsync(context, documents, cancellationToken);

        await context.SaveChangesAsync(cancellationToken);
    }

    // The stored (tracked) states of the documents, by document, culture key and field path.
    private static async Task<Dictionary<(Guid, string, string), TranslationStateEntity>> StoredStatesAsync(CarePagesDbContext context, IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken)
    {
        return await context.TranslationStates
            .Where(s => documentKeys.Contains(s.DocumentKey))
            .ToDictionaryAsync(s => (s.DocumentKey, s.CultureKey, s.FieldPath), cancellationToken);
    }

    private static (Guid, string, string) KeyOf(FieldTranslationState state) => (state.DocumentKey, CultureKeys.Of(state.Culture), state.Path.Value);

    // Replaces the stored row's values, or adds a row when there is none.
    private static void Put(CarePagesDbContext context, TranslationStateEntity? stored, FieldTranslationState state)
    {
        if (stored is null)
        {
            context.TranslationStates.Add(TranslationStateMapping.ToEntity(state));
        }
        else
        {
            TranslationStateMapping.CopyValues(state, stored);
        }
    }

    // One by one, so that the database's sequence numbers follow the order the entries were given in.
    private static async Task AppendAuditAsync(CarePagesDbContext context, IReadOnlyCollection<TranslationAuditEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            context.TranslationAudit.Add(TranslationAuditMapping.ToEntity(entry));
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    // A state this save meant to create was created by another request first (the insert broke the primary key).
    private async Task<bool> AnyInsertedMeanwhileAsync(IReadOnlyCollection<StateTransition> transitions, CancellationToken cancellationToken)
    {
        foreach (var transition in transitions.Where(t => t.Before is null))
        {
            if (await FindAsync(transition.After.DocumentKey, transition.After.Culture, transition.After.Path, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<IReadOnlyList<FieldTranslationState>> ReadStatesAsync(IQueryable<TranslationStateEntity> query, CancellationToken cancellationToken)
    {
        var entities = await query.AsNoTracking()
            .OrderBy(s => s.DocumentKey)
            .ThenBy(s => s.CultureKey)
            .ThenBy(s => s.FieldPath)
            .ToListAsync(cancellationToken);
        return entities.ConvertAll(TranslationStateMapping.ToState);
    }
}
