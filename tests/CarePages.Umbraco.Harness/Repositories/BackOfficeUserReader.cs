using Umbraco.Cms.Core.Models.Membership;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Reads backoffice users from the user table, in its own scope when none is open, as Infrastructure's reader does.</summary>
public sealed class BackOfficeUserReader(UserRepository users)
{
    public IUser? GetById(int id) => users.FindById(id);

    public IUser? GetByKey(Guid key) => users.FindByKey(key);

    public IEnumerable<IUser> GetManyById(IEnumerable<int> ids) => ids.Select(users.FindById).OfType<IUser>().ToArray();

    public IEnumerable<IUser> GetManyByKey(IEnumerable<Guid> keys) => keys.Select(users.FindByKey).OfType<IUser>().ToArray();
}
