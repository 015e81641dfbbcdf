using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Harness.Hosting;

/// <summary>The server role, as a test sets it (Umbraco's elected accessor reads it from the database).</summary>
public sealed class HarnessServerRoleAccessor : IServerRoleAccessor
{
    /// <summary>The roles to report, one per read; the last one repeats (e.g. Unknown, Unknown, SchedulingPublisher).</summary>
    public Queue<ServerRole> Roles { get; } = new();

    /// <summary>How many times the role was read.</summary>
    public int Reads { get; private set; }

    /// <inheritdoc />
    public ServerRole CurrentServerRole
    {
        get
        {
            Reads++;
            return Roles.Count > 1 ? Roles.Dequeue() : Roles.Count == 1 ? Roles.Peek() : ServerRole.Single;
        }
    }
}
