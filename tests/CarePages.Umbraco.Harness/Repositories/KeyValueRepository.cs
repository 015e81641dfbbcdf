using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's <c>umbracoKeyValue</c> table.</summary>
public sealed class KeyValueRepository
{
    private readonly HarnessTable<string, IKeyValue> _rows;

    public KeyValueRepository(HarnessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _rows = database.CreateTable<string, IKeyValue>("umbracoKeyValue", row => (IKeyValue)row.DeepClone());
    }

    /// <summary>What is stored, read outside any scope.</summary>
    public IReadOnlyDictionary<string, string?> Committed => _rows.ReadCommitted().ToDictionary(r => r.Identifier, r => r.Value);

    public IKeyValue? Get(string key) => _rows.Get(key);

    public IReadOnlyDictionary<string, string?>? FindByKeyPrefix(string keyPrefix) =>
        _rows.All().Where(r => r.Identifier.StartsWith(keyPrefix, StringComparison.Ordinal)).ToDictionary(r => r.Identifier, r => r.Value);

    public void Delete(IKeyValue entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _rows.Remove(entity.Identifier);
    }

    public void Save(IKeyValue entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.UpdateDate = DateTime.UtcNow;
        _rows.Put(entity.Identifier, entity);
    }
}
