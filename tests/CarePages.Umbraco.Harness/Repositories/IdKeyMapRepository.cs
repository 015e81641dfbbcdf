using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Ids and keys from the node table, for Umbraco's own <c>IdKeyMap</c>.</summary>
public sealed class IdKeyMapRepository(NodeIndex nodes)
{
    public int? GetIdForKey(Guid key, UmbracoObjectTypes umbracoObjectType) =>
        nodes.Get(key) is { } node && Matches(node, umbracoObjectType) ? node.Id : null;

    public Guid? GetIdForKey(int id, UmbracoObjectTypes umbracoObjectType) =>
        nodes.Get(id) is { } node && Matches(node, umbracoObjectType) ? node.Key : null;

    private static bool Matches(NodeRow node, UmbracoObjectTypes type) => type == UmbracoObjectTypes.Unknown || node.ObjectType == type;
}
