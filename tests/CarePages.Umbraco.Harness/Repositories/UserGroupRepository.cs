using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Models.Membership.Permissions;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's user groups with their default and granular permissions and allowed languages.</summary>
public sealed class UserGroupRepository : RowRepository<IUserGroup>
{
    private readonly NodeIndex _nodes;

    public UserGroupRepository(HarnessDatabase database, NodeIndex nodes)
        : base(database, "umbracoUserGroup") => _nodes = nodes;

    public IUserGroup? Get(string alias) => Rows.All().FirstOrDefault(g => string.Equals(g.Alias, alias, StringComparison.OrdinalIgnoreCase));

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
}
