using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Models.Membership.Permissions;
using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's user groups with their default and granular permissions and allowed languages.</summary>
public sealed class UserGroupRepository
{
    private readonly HarnessTable<int, IUserGroup> _rows;
    private readonly HarnessDatabase _database;

    private readonly NodeIndex _nodes;

    public UserGroupRepository(HarnessDatabase database, NodeIndex nodes)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _nodes = nodes;
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

    /// <summary>
    /// Each group's permissions on each node, as Infrastructure's permission repository reads them: the group's granular
    /// permissions on that node when it has any, else (with <paramref name="fallbackToDefaultPermissions"/>) its default ones.
    /// </summary>
    public EntityPermissionCollection GetPermissions(IReadOnlyUserGroup[]? groups, bool fallbackToDefaultPermissions, params int[] nodeIds)
    {
        var permissions = new EntityPermissionCollection();
        foreach (var group in groups ?? [])
        {
            foreach (var nodeId in nodeIds)
            {
                var key = _nodes.Get(nodeId)?.Key;
                var granular = group.GranularPermissions.OfType<DocumentGranularPermission>().Where(p => p.Key == key).Select(p => p.Permission).ToHashSet();
                if (granular.Count > 0)
                {
                    permissions.Add(new EntityPermission(group.Id, nodeId, granular));
                }
                else if (fallbackToDefaultPermissions)
                {
                    permissions.Add(new EntityPermission(group.Id, nodeId, new HashSet<string>(group.Permissions), isDefaultPermissions: true));
                }
            }
        }

        return permissions;
    }

    /// <summary>Stores a group without a scope, as a seed.</summary>
    internal void Seed(IUserGroup group) => _database.Seed(() => Save(group));
}
