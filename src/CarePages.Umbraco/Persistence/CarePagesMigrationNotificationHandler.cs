using CarePages.Persistence.Setup;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CarePages.Umbraco.Persistence;

/// <summary>
/// Creates or updates the package's tables as Umbraco starts, before requests are served, on a fully installed site
/// only (<see cref="RuntimeLevel.Run"/>): during install or upgrade Umbraco's database may not be ready. Every
/// server runs it; EF Core takes a database lock so that only one applies a migration. A failure is logged as an
/// error naming the setting to fix and does not stop the site: the translation screens fail until it is fixed.
/// The settings are read at each run, so a start at install level (no connection string yet) leaves nothing behind:
/// the restart that Umbraco's installer makes in the same process finds the new connection string.
/// </summary>
public sealed class CarePagesMigrationNotificationHandler : INotificationAsyncHandler<UmbracoApplicationStartingNotification>
{
    private readonly CarePagesDatabaseMigrator _migrator;
    private readonly ILogger<CarePagesMigrationNotificationHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public CarePagesMigrationNotificationHandler(CarePagesDatabaseMigrator migrator, ILogger<CarePagesMigrationNotificationHandler> logger)
    {
        _migrator = migrator;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.RuntimeLevel != RuntimeLevel.Run)
        {
            return;
        }

        var result = await _migrator.MigrateAsync(cancellationToken);
        if (!result.Succeeded)
        {
            _logger.LogError("CarePages translation tables are not ready ({Status}): {Message}", result.Status, result.Message);
        }
        else if (result.AppliedMigrations.Count > 0 && _logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("CarePages applied database migrations {Migrations}", result.AppliedMigrations);
        }
    }
}
