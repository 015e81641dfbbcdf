using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Memory;
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
        await using var services = await MigratedAsync(database, new ServiceCollection().AddSingleton<ITranslationStateStore, InMemoryTranslationStateStore>());
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
    public async Task AddCarePagesPersistence_AfterTheInMemoryGlossaryAndMemory_ReplacesThemWithTheDatabaseStores()
    {
        using var database = new SqliteTestDatabase();
        await using var services = await MigratedAsync(database, new ServiceCollection()
            .AddSingleton<IGlossaryStore, InMemoryGlossaryStore>()
            .AddSingleton<ITranslationMemoryStore, InMemoryTranslationMemoryStore>());
        var glossary = services.GetRequiredService<IGlossaryStore>();
        var memory = services.GetRequiredService<ITranslationMemoryStore>();
        await glossary.AddAsync(GlossaryEntry.Translate(EnEs, "ketamine", "ketamina"));
        await memory.SaveAsync([Segment("Within minutes.", "En minutos.")]);

        Assert.IsType<EfGlossaryStore>(glossary);
        Assert.IsType<EfTranslationMemoryStore>(memory);
        Assert.Same(glossary, services.GetRequiredService<IGlossaryStore>());
        Assert.Single((await new EfGlossaryStore(database.ContextFactory()).GetAsync(EnEs)).Entries);
        Assert.Single(await services.GetRequiredService<ITranslationMemoryStore>().GetAsync("en-GB", "es-ES"));
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

    /// <summary>A container with <paramref name="earlier"/>'s registrations, then the package's tables, migrated through it.</summary>
    private static async Task<ServiceProvider> MigratedAsync(SqliteTestDatabase database, IServiceCollection earlier)
    {
        var services = earlier
            .AddCarePagesPersistence(database.Options)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.True((await services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync()).Succeeded);
        return services;
    }
}
