using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's user groups with their default and granular permissions and allowed languages.</summary>
public sealed class UserGroupRepository
{
    private readonly HarnessTable<int, IUserGroup> _rows;
    private readonly HarnessDatabase _database;

    public UserGroupRepository(HarnessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _rows = database.CreateTable<int, IUserGroup>("umbracoUserGroup", row => (IUserGroup)row.DeepClone());
    }

    public IUserGroup? Get(int id) => _rows.Get(id);

    public IUserGroup? Get(string alias) => _rows.All().FirstOrDefault(g => string.Equals(g.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<IUserGroup> GetMany(params int[]? ids) =>
        ids is null || ids.Length == 0 ? _rows.All() : ids.Select(Get).OfType<IUserGroup>().ToArray();

    public IEnumerable<IUserGroup> Get(IQuery<IUserGroup> query) => query.Apply(_rows.All()).ToArray();

    public int Count(IQuery<IUserGroup>? query) => query.Apply(_rows.All()).Count();

    public bool Exists(int id) => _rows.Get(id) is not null;

    public void Save(IUserGroup entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!entity.HasIdentity)
        {
            entity.Id = _database.NextNodeId();
        }

        _rows.Put(entity.Id, entity);
        entity.ResetDirtyProperties();
    }

    /// <summary>Stores a group without a scope, as a seed.</summary>
    internal void Seed(IUserGroup group) => _database.Seed(() => Save(group));
}
