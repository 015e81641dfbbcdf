using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Persistence.Querying;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>
/// The part every node-based repository shares (documents, document types, data types, templates): rows stored as
/// deep clones, a node row with path and level, created and updated dates, and dirty flags reset after a save, as
/// Umbraco's <c>EntityRepositoryBase</c> does.
/// </summary>
public abstract class NodeRepository<TEntity>
    where TEntity : class, IEntity
{
    private readonly HarnessTable<int, TEntity> _rows;

    /// <summary>Creates the repository's table.</summary>
    protected NodeRepository(NodeIndex nodes, string table, UmbracoObjectTypes objectType)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = nodes;
        ObjectType = objectType;
        _rows = nodes.Database.CreateTable<int, TEntity>(table, entity => (TEntity)entity.DeepClone());
    }

    /// <summary>The node table.</summary>
    protected NodeIndex Nodes { get; }

    /// <summary>The object type of this repository's nodes.</summary>
    protected UmbracoObjectTypes ObjectType { get; }

    /// <summary>What is stored, read outside any scope (for assertions).</summary>
    public IReadOnlyList<TEntity> Committed => _rows.ReadCommitted();

    public TEntity? Get(int id) => _rows.Get(id) is { } row ? Loaded(row) : null;

    public TEntity? Get(Guid id) => Nodes.Get(id) is { } node && node.ObjectType == ObjectType ? Get(node.Id) : null;

    public IEnumerable<TEntity> GetMany(params int[]? ids) =>
        ids is null || ids.Length == 0 ? All() : ids.Select(Get).OfType<TEntity>().ToArray();

    public IEnumerable<TEntity> GetMany(params Guid[]? ids) =>
        ids is null || ids.Length == 0 ? All() : ids.Select(Get).OfType<TEntity>().ToArray();

    public IEnumerable<TEntity> Get(IQuery<TEntity> query) => query.Apply(All()).ToArray();

    public int Count(IQuery<TEntity>? query) => query.Apply(All()).Count();

    public bool Exists(int id) => _rows.Get(id) is not null;

    public bool Exists(Guid id) => Get(id) is not null;

    public void Save(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var isNew = !entity.HasIdentity;
        if (isNew)
        {
            entity.Id = Nodes.Database.NextNodeId();
            entity.AddingEntity();
        }
        else
        {
            entity.UpdatingEntity();
        }

        BeforeStore(entity, isNew);
        var (parentId, path, level, sortOrder, name) = TreeOf(entity, isNew);
        Nodes.Put(new NodeRow(entity.Id, entity.Key, ObjectType, parentId, path, level, sortOrder, name, entity is IContentBase { Trashed: true }));
        _rows.Put(entity.Id, entity);
        AfterStore(entity, isNew);
        if (entity is IRememberBeingDirty dirty)
        {
            dirty.ResetDirtyProperties();
        }
    }

    public void Delete(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _rows.Remove(entity.Id);
        Nodes.Remove(entity.Id);
    }

    /// <summary>Every row, as read.</summary>
    protected IReadOnlyList<TEntity> All() => _rows.All().Select(Loaded).ToArray();

    /// <summary>Completes a row as the SQL repository assembles it on read (e.g. current compositions).</summary>
    protected virtual TEntity Loaded(TEntity entity) => entity;

    /// <summary>Changes the entity as the database would before its row is written (versions, published flags).</summary>
    protected virtual void BeforeStore(TEntity entity, bool isNew)
    {
    }

    /// <summary>Changes the entity as the repository does after its row is written.</summary>
    protected virtual void AfterStore(TEntity entity, bool isNew)
    {
    }

    private (int ParentId, string Path, int Level, int SortOrder, string? Name) TreeOf(TEntity entity, bool isNew)
    {
        if (entity is not ITreeEntity tree)
        {
            return (-1, $"-1,{entity.Id}", 1, 0, (entity as IUmbracoEntity)?.Name ?? (entity as ITemplate)?.Alias);
        }

        var existing = isNew ? null : Nodes.Get(entity.Id);
        if (existing is null || existing.ParentId != tree.ParentId)
        {
            var (path, level) = Nodes.ChildPath(tree.ParentId, entity.Id);
            tree.Path = path;
            tree.Level = level;
            if (existing is null && tree.SortOrder == 0)
            {
                tree.SortOrder = Nodes.NextSortOrder(tree.ParentId, ObjectType);
            }
        }

        return (tree.ParentId, tree.Path, tree.Level, tree.SortOrder, tree.Name);
    }
}
