using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Harness.Hosting;

/// <summary>
/// The server role as a test scripts it (Umbraco's elected accessor reads it from the database): one entry a read, the
/// last one for ever after, as an election settles. No script is a single server.
/// </summary>
public sealed class HarnessServerRoleAccessor(params ServerRole[] roles) : IServerRoleAccessor
{
    private ServerRole[] _script = roles.Length == 0 ? [ServerRole.Single] : roles;
    private int _reads;

    /// <summary>How many times the role was read since it was last scripted.</summary>
    public int Reads => _reads;

    /// <inheritdoc />
    public ServerRole CurrentServerRole => _script[Math.Min(Interlocked.Increment(ref _reads), _script.Length) - 1];

    /// <summary>Replaces the script (e.g. Unknown, Unknown, SchedulingPublisher).</summary>
    public void Script(params ServerRole[] script)
    {
        ArgumentOutOfRangeException.ThrowIfZero(script.Length);
        _script = script;
        Interlocked.Exchange(ref _reads, 0);
    }
}
