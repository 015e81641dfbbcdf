namespace CarePages.Umbraco.Harness.Data;

/// <summary>
/// The harness's database: named tables of rows keyed by id, one shared node-id sequence (as Umbraco's
/// <c>umbracoNode</c> table gives documents, types, data types and templates one id space), and transactions that
/// the outermost scope commits or rolls back. Transactions run one at a time, as on Umbraco's SQLite database (one
/// writer): a second outermost scope, from another request, waits until the first has closed. Rows are stored as clones,
/// so what a service holds is never the stored row.
/// </summary>
public sealed class HarnessDatabase : IDisposable
{
    private static readonly TimeSpan TransactionWait = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _oneTransaction = new(1, 1);
    private readonly List<IHarnessTable> _tables = [];
    private Transaction? _open;
    private int _nextNodeId = 1100;

    /// <summary>Every table that has rows, as its name and row count (repositories create their tables on first use).</summary>
    public IReadOnlyDictionary<string, int> RowCounts => _tables.Where(t => t.Count > 0).ToDictionary(t => t.Name, t => t.Count);

    /// <summary>Whether a transaction is open: Umbraco's repositories only run inside a scope.</summary>
    public bool InTransaction => _open is not null;

    /// <summary>A new table (one per repository).</summary>
    public HarnessTable<TKey, TRow> CreateTable<TKey, TRow>(string name, Func<TRow, TRow> clone)
        where TKey : notnull
        where TRow : class
    {
        var table = new HarnessTable<TKey, TRow>(this, name, clone);
        _tables.Add(table);
        return table;
    }

    /// <summary>The next node id, as the database's identity column gives it (never reused, even on rollback).</summary>
    public int NextNodeId() => Interlocked.Increment(ref _nextNodeId);

    /// <summary>Writes seed rows in a transaction of their own, as an installer's SQL script would.</summary>
    public void Seed(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var transaction = Begin();
        try
        {
            write();
            transaction.Commit();
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    /// <summary>Reads in a transaction of its own (for resolvers that Umbraco calls outside its scopes).</summary>
    public T ReadOutsideScope<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var transaction = Begin();
        try
        {
            return read();
        }
        finally
        {
            transaction.Commit();
        }
    }

    /// <summary>Throws unless a scope is open, as Umbraco's repositories do outside a scope.</summary>
    internal void EnsureInTransaction(string table)
    {
        if (_open is null)
        {
            throw new InvalidOperationException($"The {table} table was used outside a scope; Umbraco's repositories need an ambient scope.");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _oneTransaction.Dispose();

    /// <summary>Opens the one transaction (the outermost scope's).</summary>
    internal Transaction Begin()
    {
        if (!_oneTransaction.Wait(TransactionWait))
        {
            throw new InvalidOperationException($"An outermost scope waited {TransactionWait.TotalSeconds:0} s for another to close: the harness runs one transaction at a time (a scope left open, or one flow opening two outermost scopes).");
        }

        lock (_lock)
        {
            _open = new Transaction(this, _tables.Select(t => t.Snapshot()).ToArray());
            return _open;
        }
    }

    /// <summary>The outermost scope's transaction.</summary>
    public sealed class Transaction
    {
        private readonly HarnessDatabase _database;
        private readonly Action[] _restore;

        internal Transaction(HarnessDatabase database, Action[] restore)
        {
            _database = database;
            _restore = restore;
        }

        internal void Commit() => Close();

        internal void Rollback()
        {
            foreach (var restore in _restore)
            {
                restore();
            }

            Close();
        }

        private void Close()
        {
            lock (_database._lock)
            {
                _database._open = null;
            }

            _database._oneTransaction.Release();
        }
    }
}
