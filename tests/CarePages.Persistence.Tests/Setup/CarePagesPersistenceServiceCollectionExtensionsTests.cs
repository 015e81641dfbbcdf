using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Storage;
using CarePages.Persistence.Setup;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Setup;

/// <summary>What a host gets from <c>AddCarePagesPersistence</c>.</summary>
public sealed class CarePagesPersistenceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCarePagesPersistence_MigratedThroughTheContainer_StoresWorkAsSingletons()
    {
        using var database = new SqliteTestDatabase();
        await using var services = new ServiceCollection()
            .AddSingleton<ITranslationStateStore, InMemoryTranslationStateStore>()
            .AddCarePagesPersistence(database.Options)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.True((await services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync()).Succeeded);
        var states = services.GetRequiredService<ITranslationStateStore>();
        var jobs = services.GetRequiredService<ITranslationJobStore>();
        await states.SaveAsync([Approved()], []);
        await jobs.SaveAsync(Job("job-2026-001", Monday));

        Assert.IsType<EfTranslationStateStore>(states);
        Assert.Same(states, services.GetRequiredService<ITranslationStateStore>());
        Assert.NotNull(await services.GetRequiredService<ITranslationStateStore>().FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.Single(await jobs.GetByDocumentAsync(IntranasalRoute));
    }

    [Fact]
    public async Task AddCarePagesPersistence_NoConnectionString_StoreFailsNamingTheSetting()
    {
        await using var services = new ServiceCollection()
            .AddCarePagesPersistence(new CarePagesPersistenceOptions { Provider = CarePagesDatabaseProvider.Sqlite })
            .BuildServiceProvider();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => services.GetRequiredService<ITranslationStateStore>().GetAllAsync());

        Assert.Contains("CarePages:Persistence:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
