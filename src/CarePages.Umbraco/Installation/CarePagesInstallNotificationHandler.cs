using CarePages.Core.SampleContent;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Runs the schema installer, then the optional sample content import, once Umbraco has started:
/// only on a fully installed site (<see cref="RuntimeLevel.Run"/>) and only on the scheduling publisher or a single
/// server (<see cref="InstallServerRoleGate"/>, which waits a little for a role still unknown), so that one server
/// writes the schema when load-balanced.
/// </summary>
public sealed class CarePagesInstallNotificationHandler : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly InstallServerRoleGate _serverRoleGate;
    private readonly SchemaInstaller _schemaInstaller;
    private readonly SampleContentImporter _sampleContentImporter;

    /// <summary>Creates the handler.</summary>
    public CarePagesInstallNotificationHandler(IRuntimeState runtimeState, InstallServerRoleGate serverRoleGate, SchemaInstaller schemaInstaller, SampleContentImporter sampleContentImporter)
    {
        _runtimeState = runtimeState;
        _serverRoleGate = serverRoleGate;
        _schemaInstaller = schemaInstaller;
        _sampleContentImporter = sampleContentImporter;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (_runtimeState.Level != RuntimeLevel.Run || !await _serverRoleGate.MayInstallAsync(cancellationToken))
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
