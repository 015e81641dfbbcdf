using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's <c>umbracoLog</c> table: what its services audit.</summary>
public sealed class AuditRepository
{
    private readonly HarnessTable<int, IAuditItem> _rows;
    private int _nextId;

    public AuditRepository(HarnessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _rows = database.CreateTable<int, IAuditItem>("umbracoLog", row => (IAuditItem)row.DeepClone());
    }

    /// <summary>Every entry, read outside any scope.</summary>
    public IReadOnlyList<IAuditItem> Committed => _rows.ReadCommitted();

    public void Save(IAuditItem entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!entity.HasIdentity)
        {
            entity.Id = Interlocked.Increment(ref _nextId);
        }

        _rows.Put(entity.Id, entity);
    }

    public IEnumerable<IAuditItem> Get(IQuery<IAuditItem> query) => query.Apply(_rows.All()).ToArray();
}
