using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Light entities from the node table, as Infrastructure's entity repository reads <c>umbracoNode</c>.</summary>
public sealed class EntityRepository(NodeIndex nodes)
{
    public IEntitySlim? Get(int id) => nodes.Get(id) is { } node ? Slim(node) : null;

    public IEntitySlim? Get(Guid key) => nodes.Get(key) is { } node ? Slim(node) : null;

    public IEntitySlim? Get(int id, Guid objectTypeId) => Get(id) is { } entity && entity.NodeObjectType == objectTypeId ? entity : null;

    public IEntitySlim? Get(Guid key, Guid objectTypeId) => Get(key) is { } entity && entity.NodeObjectType == objectTypeId ? entity : null;

    public IEnumerable<IEntitySlim> GetAll(Guid objectType, params int[] ids) =>
        Of(objectType).Where(n => ids.Length == 0 || ids.Contains(n.Id)).Select(Slim).ToArray();

    public IEnumerable<IEntitySlim> GetAll(Guid objectType, params Guid[] keys) =>
        Of(objectType).Where(n => keys.Length == 0 || keys.Contains(n.Key)).Select(Slim).ToArray();

    public IEnumerable<TreeEntityPath> GetAllPaths(Guid objectType, params int[]? ids) =>
        Of(objectType).Where(n => ids is null || ids.Length == 0 || ids.Contains(n.Id)).Select(n => new TreeEntityPath { Id = n.Id, Key = n.Key, Path = n.Path }).ToArray();

    public IEnumerable<TreeEntityPath> GetAllPaths(Guid objectType, params Guid[] keys) =>
        Of(objectType).Where(n => keys.Length == 0 || keys.Contains(n.Key)).Select(n => new TreeEntityPath { Id = n.Id, Key = n.Key, Path = n.Path }).ToArray();

    public UmbracoObjectTypes GetObjectType(int id) => nodes.Get(id)?.ObjectType ?? UmbracoObjectTypes.Unknown;

    public UmbracoObjectTypes GetObjectType(Guid key) => nodes.Get(key)?.ObjectType ?? UmbracoObjectTypes.Unknown;

    public bool Exists(int id) => nodes.Get(id) is not null;

    public bool Exists(Guid key) => nodes.Get(key) is not null;

    public bool Exists(IEnumerable<Guid> keys) => keys.All(k => nodes.Get(k) is not null);

    private IEnumerable<NodeRow> Of(Guid objectType) => nodes.All().Where(n => n.ObjectType.GetGuid() == objectType);

    private EntitySlim Slim(NodeRow node) => new()
    {
        Id = node.Id,
        Key = node.Key,
        Name = node.Name,
        ParentId = node.ParentId,
        Path = node.Path,
        Level = node.Level,
        SortOrder = node.SortOrder,
        Trashed = node.Trashed,
        NodeObjectType = node.ObjectType.GetGuid(),
        HasChildren = nodes.All().Any(n => n.ParentId == node.Id),
    };
}
