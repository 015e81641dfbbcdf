using CarePages.Persistence.Setup;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Persistence;

/// <summary>Registers the package's tables in an Umbraco site.</summary>
public static class CarePagesPersistenceBuilderExtensions
{
    /// <summary>
    /// Adds the EF Core translation stores on the database <see cref="UmbracoPersistenceOptions"/> picks (Umbraco's,
    /// unless <c>CarePages:Persistence</c> says otherwise) and the start-up migration. The settings are read from the
    /// current configuration each time a context is made or the migration runs: Umbraco's installer writes the
    /// connection string and restarts the runtime in the same process and container, and the tables must work then
    /// without a recycle. Safe to call more than once.
    /// </summary>
    public static IUmbracoBuilder AddCarePagesPersistence(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ImplementationType == typeof(CarePagesMigrationNotificationHandler)))
        {
            return builder;
        }

        // AddCarePages() registers the stores through AddCarePagesServices first; only the migration is left to add then.
        if (!builder.Services.Any(d => d.ServiceType == typeof(CarePagesDatabaseMigrator)))
        {
            builder.Services.AddCarePagesPersistence(UmbracoPersistenceOptions.Create);
        }

        builder.AddNotificationAsyncHandler<UmbracoApplicationStartingNotification, CarePagesMigrationNotificationHandler>();
        return builder;
    }
}
