using CarePages.Core.Translation.Storage;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The in-memory store against the shared contract, so that both stores are held to the same behaviour.</summary>
public sealed class InMemoryTranslationStateStoreContractTests : TranslationStateStoreContract
{
    protected override Task<ITranslationStateStore> CreateStoreAsync() =>
        Task.FromResult<ITranslationStateStore>(new InMemoryTranslationStateStore());
}
