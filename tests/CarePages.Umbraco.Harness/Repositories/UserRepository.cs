using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's <c>umbracoUser</c> table with each user's groups.</summary>
public sealed class UserRepository
{
    private readonly HarnessTable<int, IUser> _rows;
    private readonly HarnessDatabase _database;

    public UserRepository(HarnessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _rows = database.CreateTable<int, IUser>("umbracoUser", row => (IUser)row.DeepClone());
    }

    public IUser? Get(int id) => _rows.Get(id);

    public IUser? Get(int? id, bool includeSecurityData) => id is { } value ? Get(value) : null;

    public IEnumerable<IUser> GetMany(params int[]? ids) =>
        ids is null || ids.Length == 0 ? _rows.All() : ids.Select(Get).OfType<IUser>().ToArray();

    public IEnumerable<IUser> Get(IQuery<IUser> query) => query.Apply(_rows.All()).ToArray();

    public int Count(IQuery<IUser>? query) => query.Apply(_rows.All()).Count();

    public bool Exists(int id) => _rows.Get(id) is not null;

    public IEnumerable<IUser> GetAllInGroup(int groupId) => _rows.All().Where(u => u.Groups.Any(g => g.Id == groupId)).ToArray();

    public IUser? GetByUsername(string username, bool includeSecurityData) =>
        _rows.All().FirstOrDefault(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase));

    public void Save(IUser entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!entity.HasIdentity)
        {
            entity.Id = _database.NextNodeId();
        }

        _rows.Put(entity.Id, entity);
        entity.ResetDirtyProperties();
    }

    /// <summary>The user with <paramref name="key"/>, read in its own scope if none is open.</summary>
    internal IUser? FindByKey(Guid key) => Read(() => _rows.All().FirstOrDefault(u => u.Key == key));

    /// <summary>The user with <paramref name="id"/>, read in its own scope if none is open.</summary>
    internal IUser? FindById(int id) => Read(() => _rows.Get(id));

    /// <summary>Stores a user without a scope: the harness seeds users as Umbraco's installer writes rows.</summary>
    internal void Seed(IUser user) => _database.Seed(() => Save(user));

    private T Read<T>(Func<T> read) => _database.InTransaction ? read() : _database.ReadOutsideScope(read);
}
