using CarePages.Umbraco.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Decides whether this server runs the start-up installer, so that one server of a load-balanced site writes the
/// schema: a scheduling publisher or a single server does, a subscriber does not. A role still
/// <see cref="ServerRole.Unknown"/> (Umbraco elects the scheduling publisher after start-up) is read again for up to
/// <see cref="CarePagesInstallOptions.ServerRoleWait"/>; if it is still unknown then, the installer is skipped with a
/// log line saying what to do.
/// </summary>
public sealed partial class InstallServerRoleGate
{
    /// <summary>How often an unknown role is read again while waiting.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly IServerRoleAccessor _serverRoleAccessor;
    private readonly IOptions<CarePagesOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InstallServerRoleGate> _logger;

    /// <summary>Creates the gate.</summary>
    public InstallServerRoleGate(IServerRoleAccessor serverRoleAccessor, IOptions<CarePagesOptions> options, TimeProvider time, ILogger<InstallServerRoleGate> logger)
    {
        ArgumentNullException.ThrowIfNull(serverRoleAccessor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _serverRoleAccessor = serverRoleAccessor;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// True when this server is to install: its role is, or becomes within the configured wait,
    /// <see cref="ServerRole.SchedulingPublisher"/> or <see cref="ServerRole.Single"/>. False at once when the
    /// installer and the sample content are both switched off, as there is nothing to wait for.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public async Task<bool> MayInstallAsync(CancellationToken cancellationToken)
    {
        var install = _options.Value.Install;
        if (!install.Enabled && !install.SampleContent)
        {
            return false;
        }

        var started = _time.GetTimestamp();
        var role = _serverRoleAccessor.CurrentServerRole;
        while (role == ServerRole.Unknown)
        {
            var remaining = install.ServerRoleWait - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                RoleStillUnknown(_logger, install.ServerRoleWait);
                return false;
            }

            await Task.Delay(remaining < PollInterval ? remaining : PollInterval, _time, cancellationToken).ConfigureAwait(false);
            role = _serverRoleAccessor.CurrentServerRole;
        }

        return role is ServerRole.SchedulingPublisher or ServerRole.Single;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "CarePages skipped its installer on this server: its role was still Unknown after {Wait} (CarePages:Install:ServerRoleWait), "
            + "and only the scheduling publisher or a single server installs. It tries again at the next start. "
            + "On a single server set Umbraco:CMS:Global:DisableElectionForSingleServer to true; on a load-balanced site give the "
            + "scheduling publisher a fixed role (an IServerRoleAccessor) or raise CarePages:Install:ServerRoleWait (it waits in the background).")]
    private static partial void RoleStillUnknown(ILogger logger, TimeSpan wait);
}
