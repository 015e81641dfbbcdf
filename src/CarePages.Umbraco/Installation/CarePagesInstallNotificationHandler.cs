using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Runs the schema installer, then the optional sample content import, once Umbraco has started: only on a fully
/// installed site (<see cref="RuntimeLevel.Run"/>) and only on the scheduling publisher or a single server, so that
/// one server writes the schema when load-balanced. A server whose role Umbraco has not elected yet waits for it in
/// the background (<see cref="InstallRunner"/>), so start-up goes on.
/// </summary>
public sealed class CarePagesInstallNotificationHandler : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly IServerRoleAccessor _serverRoleAccessor;
    private readonly InstallRunner _runner;

    /// <summary>Creates the handler.</summary>
    public CarePagesInstallNotificationHandler(IRuntimeState runtimeState, IServerRoleAccessor serverRoleAccessor, InstallRunner runner)
    {
        _runtimeState = runtimeState;
        _serverRoleAccessor = serverRoleAccessor;
        _runner = runner;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (_runtimeState.Level != RuntimeLevel.Run)
        {
            return;
        }

        if (_serverRoleAccessor.CurrentServerRole == ServerRole.Unknown)
        {
            _runner.RunInBackground();
            return;
        }

        await _runner.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
