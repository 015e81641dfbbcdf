using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Storage;
using CarePages.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
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
    /// by <paramref name="options"/> each time the migrator runs or a context is made (e.g. from configuration that is
    /// only complete once the site is installed): nothing read before then is kept, and a changed provider or
    /// connection string takes effect without a new container. Keep <paramref name="options"/> cheap.
    /// </summary>
    public static IServiceCollection AddCarePagesPersistence(this IServiceCollection services, Func<IServiceProvider, CarePagesPersistenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(provider => new CarePagesPersistenceOptionsSource(() => options(provider)));
        services.AddSingleton<IDbContextFactory<CarePagesDbContext>, CarePagesDbContextFactory>();
        services.AddSingleton(provider => new CarePagesDatabaseMigrator(provider.GetRequiredService<CarePagesPersistenceOptionsSource>()));
        services.AddSingleton<ITranslationStateStore, EfTranslationStateStore>();
        services.AddSingleton<IDocumentSummaryStore, EfDocumentSummaryStore>();
        services.AddSingleton<ITranslationJobStore, EfTranslationJobStore>();
        services.AddSingleton<IGlossaryStore, EfGlossaryStore>();
        services.AddSingleton<ITranslationMemoryStore, EfTranslationMemoryStore>();
        return services;
    }
}
