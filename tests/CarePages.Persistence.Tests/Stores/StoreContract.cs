namespace CarePages.Persistence.Tests.Stores;

/// <summary>A contract test class: a fresh <typeparamref name="TStore"/> for each test, made by the implementation under test.</summary>
public abstract class StoreContract<TStore> : IAsyncLifetime
    where TStore : class
{
    protected TStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<TStore> CreateStoreAsync();
}
