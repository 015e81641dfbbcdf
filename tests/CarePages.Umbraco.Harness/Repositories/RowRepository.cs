using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>
/// The reads and the save every id-keyed table without a node row shares (languages, users, user groups): rows stored
/// as deep clones, a new id from the database on the first save, and dirty flags reset afterwards.
/// </summary>
public abstract class RowRepository<TEntity>
    where TEntity : class, IEntity, IRememberBeingDirty
{
    /// <summary>Creates the repository's table.</summary>
    protected RowRepository(HarnessDatabase database, string table)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
        Rows = database.CreateTable<int, TEntity>(table, row => (TEntity)row.DeepClone());
    }

    /// <summary>The database the table is in.</summary>
    protected HarnessDatabase Database { get; }

    /// <summary>The table.</summary>
    protected HarnessTable<int, TEntity> Rows { get; }

    public TEntity? Get(int id) => Rows.Get(id);

    public IEnumerable<TEntity> GetMany(params int[]? ids) =>
        ids is null || ids.Length == 0 ? Rows.All() : ids.Select(Get).OfType<TEntity>().ToArray();

    public IEnumerable<TEntity> Get(IQuery<TEntity> query) => query.Apply(Rows.All()).ToArray();

    public int Count(IQuery<TEntity>? query) => query.Apply(Rows.All()).Count();

    public bool Exists(int id) => Rows.Get(id) is not null;

    public void Save(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!entity.HasIdentity)
        {
            entity.Id = NewId();
        }

        BeforeStore(entity);
        Rows.Put(entity.Id, entity);
        entity.ResetDirtyProperties();
    }

    /// <summary>Stores <paramref name="entity"/> without a scope, as a seed written by Umbraco's installer.</summary>
    internal void Seed(TEntity entity) => Database.Seed(() => Save(entity));

    /// <summary>The id the table's identity column gives a new row.</summary>
    protected virtual int NewId() => Database.NextNodeId();

    /// <summary>Changes other rows as the SQL repository does before the row is written.</summary>
    protected virtual void BeforeStore(TEntity entity)
    {
    }
}
