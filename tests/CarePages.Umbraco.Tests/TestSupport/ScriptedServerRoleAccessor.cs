using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>A server whose role is read from a script, one entry a read, the last one for ever after (as an election settles).</summary>
internal sealed class ScriptedServerRoleAccessor(params ServerRole[] roles) : IServerRoleAccessor
{
    private int _reads;

    /// <summary>How many times the role was read.</summary>
    public int Reads => _reads;

    public ServerRole CurrentServerRole => roles[Math.Min(Interlocked.Increment(ref _reads), roles.Length) - 1];
}
