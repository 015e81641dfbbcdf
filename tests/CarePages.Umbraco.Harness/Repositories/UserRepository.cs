using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models.Membership;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's <c>umbracoUser</c> table with each user's groups.</summary>
public sealed class UserRepository(HarnessDatabase database) : RowRepository<IUser>(database, "umbracoUser")
{
    public IUser? Get(int? id, bool includeSecurityData) => id is { } value ? Get(value) : null;

    public IEnumerable<IUser> GetAllInGroup(int groupId) => Rows.All().Where(u => u.Groups.Any(g => g.Id == groupId)).ToArray();

    public IUser? GetByUsername(string username, bool includeSecurityData) =>
        Rows.All().FirstOrDefault(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase));

    /// <summary>The user with <paramref name="key"/>, read in its own scope if none is open.</summary>
    internal IUser? FindByKey(Guid key) => Read(() => Rows.All().FirstOrDefault(u => u.Key == key));

    /// <summary>The user with <paramref name="id"/>, read in its own scope if none is open.</summary>
    internal IUser? FindById(int id) => Read(() => Rows.Get(id));

    private T Read<T>(Func<T> read) => Database.InTransaction ? read() : Database.ReadOutsideScope(read);
}
