using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Storage;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The in-memory job store against the shared contract.</summary>
public sealed class InMemoryTranslationJobStoreContractTests : TranslationJobStoreContract
{
    protected override Task<ITranslationJobStore> CreateStoreAsync() =>
        Task.FromResult<ITranslationJobStore>(new InMemoryTranslationJobStore());
}
