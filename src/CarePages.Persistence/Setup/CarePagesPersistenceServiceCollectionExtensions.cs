using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Storage;
using CarePages.Persistence.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Persistence.Setup;

/// <summary>Registers the package's tables and the stores on them.</summary>
public static class CarePagesPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="CarePagesDbContext"/> factory for <paramref name="options"/>, the EF Core
    /// <see cref="ITranslationStateStore"/>, <see cref="ITranslationJobStore"/>, <see cref="IGlossaryStore"/> and
    /// <see cref="ITranslationMemoryStore"/> (singletons, replacing earlier registrations) and the <see cref="CarePagesDatabaseMigrator"/>. Run the migrator at start-up.
    /// </summary>
    public static IServiceCollection AddCarePagesPersistence(this IServiceCollection services, CarePagesPersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddCarePagesPersistence(_ => options);
    }

    /// <summary>
    /// As <see cref="AddCarePagesPersistence(IServiceCollection, CarePagesPersistenceOptions)"/>, with the options made
    /// on first use (e.g. from configuration that is only complete once the site is installed).
    /// </summary>
    public static IServiceCollection AddCarePagesPersistence(this IServiceCollection services, Func<IServiceProvider, CarePagesPersistenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<CarePagesPersistenceOptions>(options);
        services.AddPooledDbContextFactory<CarePagesDbContext>((provider, builder) =>
            CarePagesDbContextOptions.Configure(builder, provider.GetRequiredService<CarePagesPersistenceOptions>()));
        services.AddSingleton<CarePagesDatabaseMigrator>();
        services.AddSingleton<ITranslationStateStore, EfTranslationStateStore>();
        services.AddSingleton<ITranslationJobStore, EfTranslationJobStore>();
        services.AddSingleton<IGlossaryStore, EfGlossaryStore>();
        services.AddSingleton<ITranslationMemoryStore, EfTranslationMemoryStore>();
        return services;
    }
}
