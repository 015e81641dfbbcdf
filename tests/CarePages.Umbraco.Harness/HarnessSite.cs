using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Hosting;
using CarePages.Umbraco.Harness.Repositories;

namespace CarePages.Umbraco.Harness;

/// <summary>What the harness keeps instead of a database, a file system and a runtime: tests read and arrange it here.</summary>
public sealed class HarnessSite
{
    private IServiceProvider? _services;
    private NodeIndex? _nodes;

    internal HarnessSite(HarnessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ServerRoles = new HarnessServerRoleAccessor(settings.ServerRole);
    }

    /// <summary>The in-memory database.</summary>
    public HarnessDatabase Database { get; } = new();

    /// <summary>The node table every node repository shares.</summary>
    public NodeIndex Nodes => _nodes ??= new NodeIndex(Database);

    /// <summary>The site's Views folder.</summary>
    public HarnessViewFiles Views { get; } = new();

    /// <summary>The runtime level Umbraco reports.</summary>
    public HarnessRuntimeState RuntimeState { get; } = new();

    /// <summary>Who is signed in to the backoffice in the current async flow.</summary>
    public HarnessBackOfficeSecurityAccessor BackOffice { get; } = new();

    /// <summary>The content notifications Umbraco's services published, in order.</summary>
    public List<global::Umbraco.Cms.Core.Notifications.INotification> Notifications { get; } = [];

    /// <summary>The server role Umbraco reports.</summary>
    public HarnessServerRoleAccessor ServerRoles { get; }

    /// <summary>The container, once built.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The harness has not been built yet.");

    internal void Attach(IServiceProvider services) => _services = services;
}
