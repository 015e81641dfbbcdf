using Umbraco.Cms.Core;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>User ids and keys from the user table (Infrastructure's resolver reads <c>umbracoUser</c>).</summary>
public sealed class UserIdKeyResolver(UserRepository users)
{
    public Task<int> GetAsync(Guid key) =>
        Task.FromResult(users.FindByKey(key)?.Id ?? throw new InvalidOperationException($"No user with key {key}."));

    public Task<Guid> GetAsync(int id) =>
        Task.FromResult(users.FindById(id)?.Key ?? throw new InvalidOperationException($"No user with id {id}."));

    public Task<Attempt<int>> TryGetAsync(Guid key) =>
        Task.FromResult(users.FindByKey(key) is { } user ? Attempt.Succeed(user.Id) : Attempt.Fail<int>());

    public Task<Attempt<Guid>> TryGetAsync(int id) =>
        Task.FromResult(users.FindById(id) is { } user ? Attempt.Succeed(user.Key) : Attempt.Fail<Guid>());
}
