using CarePages.Core.Translation.Memory;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The in-memory translation memory store against the shared contract.</summary>
public sealed class InMemoryTranslationMemoryStoreContractTests : TranslationMemoryStoreContract
{
    protected override Task<ITranslationMemoryStore> CreateStoreAsync() =>
        Task.FromResult<ITranslationMemoryStore>(new InMemoryTranslationMemoryStore());
}
