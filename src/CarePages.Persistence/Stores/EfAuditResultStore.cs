using CarePages.Core.Audit;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Mapping;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// <see cref="IAuditResultStore"/> on the package's tables. Safe as a singleton: every call takes its own context from
/// the (pooled) factory.
/// </summary>
public sealed class EfAuditResultStore : IAuditResultStore
{
    // SQL Server allows 2,100 parameters per command; lists of keys are sent in slices well below that.
    private const int KeysPerQuery = 500;

    private readonly IDbContextFactory<CarePagesDbContext> _contextFactory;

    /// <summary>Creates the store.</summary>
    public EfAuditResultStore(IDbContextFactory<CarePagesDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        _contextFactory = contextFactory;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, AuditDocumentState>> GetDocumentStatesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AuditDocuments.AsNoTracking()
            .Select(e => new AuditDocumentState(e.DocumentKey, e.Stamp, e.SettingsStamp, e.RecheckOn))
            .ToDictionaryAsync(s => s.Key, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AuditCultureState>>> GetCultureStatesAsync(IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = new List<(Guid Key, AuditCultureState State)>();
        foreach (var slice in documentKeys.Chunk(KeysPerQuery))
        {
            var read = await context.AuditCultures.AsNoTracking()
                .Where(c => slice.Contains(c.DocumentKey))
                .Select(c => new { c.DocumentKey, c.Culture, c.Version, c.Fingerprint })
                .ToListAsync(cancellationToken);
            rows.AddRange(read.Select(r => (r.DocumentKey, new AuditCultureState(r.Culture, r.Version, r.Fingerprint))));
        }

        return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<AuditCultureState>)g.Select(r => r.State).ToArray());
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction for the whole list: the replaced cultures' rows (and their findings) are deleted, the documents'
    /// states upserted, the new cultures and findings inserted untracked.
    /// </remarks>
    public async Task SaveAsync(IReadOnlyList<AuditDocumentResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return;
        }

        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var keys = results.Select(r => r.State.Key).ToArray();
        var existing = await context.AuditCultures.AsNoTracking()
            .Where(c => keys.Contains(c.DocumentKey))
            .Select(c => new { c.Id, c.DocumentKey, c.CultureKey, c.Version })
            .ToListAsync(cancellationToken);
        var kept = results
            .SelectMany(r => r.Kept.Select(k => (r.State.Key, CultureKeys.Of(k.Culture), k.Version)))
            .ToHashSet();
        var stale = existing.Where(c => !kept.Contains((c.DocumentKey, c.CultureKey, c.Version))).Select(c => c.Id).ToArray();
        foreach (var slice in stale.Chunk(KeysPerQuery))
        {
            await context.AuditFindings.Where(f => slice.Contains(f.CultureId)).ExecuteDeleteAsync(cancellationToken);
            await context.AuditCultures.Where(c => slice.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var documents = await context.AuditDocuments.Where(d => keys.Contains(d.DocumentKey)).ToDictionaryAsync(d => d.DocumentKey, cancellationToken);
        var cultures = new List<AuditCultureEntity>();
        foreach (var result in results)
        {
            // The key is set before the new row is tracked: two new documents tracked with an empty key would clash.
            var isNew = !documents.TryGetValue(result.State.Key, out var document);
            document ??= new AuditDocumentEntity();
            AuditMapping.Apply(result, document);
            if (isNew)
            {
                context.AuditDocuments.Add(document);
            }

            cultures.AddRange(result.Checked.Select(c => AuditMapping.ToEntity(result.State.Key, result.ContentTypeAlias, result.CheckedAt, c)));
        }

        context.ChangeTracker.DetectChanges();
        await context.SaveChangesAsync(cancellationToken);
        await new EntityRowInserter<AuditCultureEntity>(context).InsertAsync(cultures, cancellationToken);
        await new EntityRowInserter<AuditFindingEntity>(context).InsertAsync(cultures.SelectMany(c => c.Findings).ToArray(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var slice in documentKeys.Chunk(KeysPerQuery))
        {
            await context.AuditFindings.Where(f => slice.Contains(f.DocumentKey)).ExecuteDeleteAsync(cancellationToken);
            await context.AuditCultures.Where(c => slice.Contains(c.DocumentKey)).ExecuteDeleteAsync(cancellationToken);
            await context.AuditDocuments.Where(d => slice.Contains(d.DocumentKey)).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AuditFindingPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = Filter(context.AuditFindings.AsNoTracking(), query);
        var total = await matching.CountAsync(cancellationToken);
        var page = await matching
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.CultureRow!.DocumentName)
            .ThenBy(f => f.DocumentKey)
            .ThenBy(f => f.CultureKey)
            .ThenBy(f => f.Ordinal)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 0, AuditQuery.MaxTake))
            .Select(f => new { Finding = f, f.CultureRow!.DocumentName, f.CultureRow.Culture, f.CultureRow.NextReviewDue, f.CultureRow.CheckedAt })
            .ToListAsync(cancellationToken);
        return new AuditFindingPage(total, page
            .Select(r => new AuditFindingRow(r.Finding.DocumentKey, r.DocumentName, r.Finding.ContentTypeAlias, r.Culture, r.Finding.Version, r.NextReviewDue, r.CheckedAt, AuditMapping.ToFinding(r.Finding)))
            .ToArray());
    }

    /// <inheritdoc />
    public async Task<AuditCounts> CountAsync(AuditScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var cultures = context.AuditCultures.AsNoTracking().Where(c => c.Version == scope.Version);
        var findings = context.AuditFindings.AsNoTracking().Where(f => f.Version == scope.Version);
        if (scope.Cultures.Count > 0)
        {
            var keys = scope.Cultures.Select(CultureKeys.Of).ToArray();
            cultures = cultures.Where(c => keys.Contains(c.CultureKey));
            findings = findings.Where(f => keys.Contains(f.CultureKey));
        }

        if (scope.DocumentKeys is { } documentKeys)
        {
            var allowed = documentKeys.ToArray();
            cultures = cultures.Where(c => allowed.Contains(c.DocumentKey));
            findings = findings.Where(f => allowed.Contains(f.DocumentKey));
        }

        var documents = await cultures.Select(c => c.DocumentKey).Distinct().CountAsync(cancellationToken);
        var byCulture = await cultures
            .GroupBy(c => c.Culture)
            .Select(g => new AuditCultureCount(g.Key, g.Count(), g.Count(c => c.Blockers > 0), g.Sum(c => c.Blockers), g.Sum(c => c.Warnings), g.Sum(c => c.Infos)))
            .ToListAsync(cancellationToken);
        var byType = await cultures
            .GroupBy(c => c.ContentTypeAlias)
            .Select(g => new AuditContentTypeCount(g.Key, g.Count(), g.Count(c => c.Blockers > 0)))
            .ToListAsync(cancellationToken);
        var byRule = await findings
            .GroupBy(f => new { f.RuleId, f.Severity })
            .Select(g => new AuditRuleCount(g.Key.RuleId, g.Key.Severity, g.Count(), g.Select(f => f.CultureId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return new AuditCounts(
            documents,
            byCulture.OrderBy(c => c.Culture, StringComparer.OrdinalIgnoreCase).ToArray(),
            byRule.OrderByDescending(r => r.Severity).ThenByDescending(r => r.Findings).ThenBy(r => r.RuleId, StringComparer.Ordinal).ToArray(),
            byType.OrderBy(t => t.ContentTypeAlias, StringComparer.Ordinal).ToArray());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditReviewDate>> GetReviewDatesAsync(DateOnly dueBy, AuditedVersion version, CancellationToken cancellationToken = default)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AuditCultures.AsNoTracking()
            .Where(c => c.Version == version && c.NextReviewDue != null && c.NextReviewDue <= dueBy)
            .OrderBy(c => c.NextReviewDue).ThenBy(c => c.DocumentName).ThenBy(c => c.CultureKey)
            .Select(c => new AuditReviewDate(c.DocumentKey, c.DocumentName, c.ContentTypeAlias, c.Culture, c.ReviewedOn, c.NextReviewDue!.Value))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditFindingEntity> Filter(IQueryable<AuditFindingEntity> findings, AuditQuery query)
    {
        findings = findings.Where(f => f.Version == query.Version);
        if (query.RuleId is { } rule)
        {
            findings = findings.Where(f => f.RuleId == rule);
        }

        if (query.MinimumSeverity is { } severity)
        {
            findings = findings.Where(f => f.Severity >= severity);
        }

        if (query.Cultures.Count > 0)
        {
            var keys = query.Cultures.Select(CultureKeys.Of).ToArray();
            findings = findings.Where(f => keys.Contains(f.CultureKey));
        }

        if (query.ContentTypeAlias is { } type)
        {
            findings = findings.Where(f => f.ContentTypeAlias == type);
        }

        if (query.DocumentKey is { } key)
        {
            findings = findings.Where(f => f.DocumentKey == key);
        }

        if (query.DocumentKeys is { } documentKeys)
        {
            var allowed = documentKeys.ToArray();
            findings = findings.Where(f => allowed.Contains(f.DocumentKey));
        }

        if (query.ReviewDueBy is { } due)
        {
            findings = findings.Where(f => f.CultureRow!.NextReviewDue != null && f.CultureRow.NextReviewDue <= due);
        }

        return findings;
    }
}
