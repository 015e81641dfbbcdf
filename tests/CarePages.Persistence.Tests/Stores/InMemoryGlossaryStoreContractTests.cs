using CarePages.Core.Translation.Glossary;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>The in-memory glossary store against the shared contract.</summary>
public sealed class InMemoryGlossaryStoreContractTests : GlossaryStoreContract
{
    protected override Task<IGlossaryStore> CreateStoreAsync() =>
        Task.FromResult<IGlossaryStore>(new InMemoryGlossaryStore());
}
