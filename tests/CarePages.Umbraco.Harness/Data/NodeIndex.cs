using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Data;

/// <summary>The node table shared by the node repositories, the id/key map and the entity repository.</summary>
public sealed class NodeIndex
{
    private readonly HarnessTable<int, NodeRow> _rows;

    /// <summary>Creates the node table in <paramref name="database"/>.</summary>
    public NodeIndex(HarnessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _rows = database.CreateTable<int, NodeRow>("umbracoNode", row => row);
        Database = database;
    }

    /// <summary>The database the table is in.</summary>
    public HarnessDatabase Database { get; }

    /// <summary>Every node.</summary>
    public IReadOnlyList<NodeRow> All() => _rows.All();

    /// <summary>The node with <paramref name="id"/>, or null.</summary>
    public NodeRow? Get(int id) => _rows.Get(id);

    /// <summary>The node with <paramref name="key"/>, or null.</summary>
    public NodeRow? Get(Guid key) => _rows.All().FirstOrDefault(r => r.Key == key);

    /// <summary>Adds or replaces a node row.</summary>
    public void Put(NodeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Get(row.Key) is { } existing && existing.Id != row.Id)
        {
            throw new InvalidOperationException($"Duplicate key {row.Key}: node {existing.Id} has it already (the database's unique index on uniqueId).");
        }

        _rows.Put(row.Id, row);
    }

    /// <summary>Removes a node row.</summary>
    public void Remove(int id) => _rows.Remove(id);

    /// <summary>The path of a new child of <paramref name="parentId"/> (-1 for the root) and its level.</summary>
    public (string Path, int Level) ChildPath(int parentId, int id)
    {
        if (parentId <= 0)
        {
            return ($"-1,{id}", 1);
        }

        var parent = Get(parentId) ?? throw new InvalidOperationException($"Parent node {parentId} does not exist.");
        return ($"{parent.Path},{id}", parent.Level + 1);
    }

    /// <summary>The next sort order under <paramref name="parentId"/> for <paramref name="objectType"/>.</summary>
    public int NextSortOrder(int parentId, UmbracoObjectTypes objectType) =>
        All().Where(r => r.ParentId == parentId && r.ObjectType == objectType).Select(r => r.SortOrder + 1).DefaultIfEmpty(0).Max();
}
