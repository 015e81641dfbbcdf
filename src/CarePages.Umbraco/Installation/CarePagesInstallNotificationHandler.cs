using CarePages.Core.SampleContent;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Runs the schema installer, then the optional sample content import, once Umbraco has started:
/// only on a fully installed site (<see cref="RuntimeLevel.Run"/>) and never on a subscriber server,
/// so that one server writes the schema when load-balanced.
/// </summary>
public sealed class CarePagesInstallNotificationHandler : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly IServerRoleAccessor _serverRoleAccessor;
    private readonly SchemaInstaller _schemaInstaller;
    private readonly SampleContentImporter _sampleContentImporter;

    /// <summary>Creates the handler.</summary>
    public CarePagesInstallNotificationHandler(IRuntimeState runtimeState, IServerRoleAccessor serverRoleAccessor, SchemaInstaller schemaInstaller, SampleContentImporter sampleContentImporter)
    {
        _runtimeState = runtimeState;
        _serverRoleAccessor = serverRoleAccessor;
        _schemaInstaller = schemaInstaller;
        _sampleContentImporter = sampleContentImporter;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (_runtimeState.Level != RuntimeLevel.Run || _serverRoleAccessor.CurrentServerRole == ServerRole.Subscriber)
        {
            return;
        }

        var schema = await _schemaInstaller.InstallAsync();
        if (schema.Success)
        {
            await _sampleContentImporter.ImportAsync(SampleClinic.Documents);
        }
    }
}
