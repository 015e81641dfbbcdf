using CarePages.Core.SampleContent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Runs the schema installer, then the sample content import, on a server the <see cref="InstallServerRoleGate"/> lets
/// install. When the server's role is not known yet at start-up, the run waits for Umbraco's election in the
/// background, so start-up is not held up; <see cref="Pending"/> is that run.
/// </summary>
public sealed partial class InstallRunner
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<InstallRunner> _logger;
    private readonly IHostApplicationLifetime? _lifetime;

    /// <summary>Creates the runner.</summary>
    public InstallRunner(IServiceScopeFactory scopes, ILogger<InstallRunner> logger, IHostApplicationLifetime? lifetime = null)
    {
        _scopes = scopes;
        _logger = logger;
        _lifetime = lifetime;
    }

    /// <summary>The background run started last; completed when there is none.</summary>
    public Task Pending { get; private set; } = Task.CompletedTask;

    /// <summary>Installs if this server may (waiting for an unknown role as the gate does), in a scope of its own.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var services = scope.ServiceProvider;
        if (!await services.GetRequiredService<InstallServerRoleGate>().MayInstallAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var schema = await services.GetRequiredService<SchemaInstaller>().InstallAsync().ConfigureAwait(false);
        if (schema.Success)
        {
            await services.GetRequiredService<SampleContentImporter>().ImportAsync(SampleClinic.Documents).ConfigureAwait(false);
        }
    }

    /// <summary>Starts <see cref="RunAsync"/> in the background, stopped when the application stops.</summary>
    public void RunInBackground()
    {
        var stopping = _lifetime?.ApplicationStopping ?? CancellationToken.None;
        Pending = Task.Run(async () =>
        {
            try
            {
                await RunAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
#pragma warning disable CA1031 // A failed background install must be logged, never crash the site.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                BackgroundInstallFailed(_logger, exception);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CarePages' installer failed while waiting for this server's role; it runs again at the next start.")]
    private static partial void BackgroundInstallFailed(ILogger logger, Exception exception);
}
