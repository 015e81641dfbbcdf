namespace CarePages.Umbraco.Harness.Data;

/// <summary>Rows keyed by id, stored and returned as clones so that only a save changes what is stored.</summary>
public sealed class HarnessTable<TKey, TRow> : IHarnessTable
    where TKey : notnull
    where TRow : class
{
    private readonly HarnessDatabase _database;
    private readonly Func<TRow, TRow> _clone;
    private Dictionary<TKey, TRow> _rows = [];

    internal HarnessTable(HarnessDatabase database, string name, Func<TRow, TRow> clone)
    {
        _database = database;
        Name = name;
        _clone = clone;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int Count => _rows.Count;

    /// <summary>A copy of the row with <paramref name="id"/>, or null.</summary>
    public TRow? Get(TKey id)
    {
        _database.EnsureInTransaction(Name);
        return _rows.TryGetValue(id, out var row) ? _clone(row) : null;
    }

    /// <summary>Copies of every row, in key order.</summary>
    public IReadOnlyList<TRow> All()
    {
        _database.EnsureInTransaction(Name);
        return _rows.OrderBy(r => r.Key).Select(r => _clone(r.Value)).ToArray();
    }

    /// <summary>Stores a copy of <paramref name="row"/> under <paramref name="id"/>.</summary>
    public void Put(TKey id, TRow row)
    {
        _database.EnsureInTransaction(Name);
        _rows[id] = _clone(row);
    }

    /// <summary>Removes the row; whether there was one.</summary>
    public bool Remove(TKey id)
    {
        _database.EnsureInTransaction(Name);
        return _rows.Remove(id);
    }

    /// <summary>Reads every row without a scope, for assertions after the services have finished.</summary>
    public IReadOnlyList<TRow> ReadCommitted() => _rows.OrderBy(r => r.Key).Select(r => _clone(r.Value)).ToArray();

    Action IHarnessTable.Snapshot()
    {
        var copy = new Dictionary<TKey, TRow>(_rows);
        return () => _rows = copy;
    }
}
