using Umbraco.Cms.Core.Scoping;

namespace CarePages.Umbraco.Harness.Scoping;

/// <summary>
/// Records the distributed locks Umbraco's services take (the harness runs one process, so there is nothing to wait
/// for); tests can see which lock ids a service asked for.
/// </summary>
public sealed class HarnessLockingMechanism : ILockingMechanism
{
    /// <summary>Every lock requested, as "read 333" or "write 333".</summary>
    public List<string> Requested { get; } = [];

    /// <inheritdoc />
    public void ReadLock(Guid instanceId, TimeSpan? timeout = null, params int[] lockIds) => Requested.AddRange(lockIds.Select(id => "read " + id));

    /// <inheritdoc />
    public void ReadLock(Guid instanceId, params int[] lockIds) => ReadLock(instanceId, null, lockIds);

    /// <inheritdoc />
    public void WriteLock(Guid instanceId, TimeSpan? timeout = null, params int[] lockIds) => Requested.AddRange(lockIds.Select(id => "write " + id));

    /// <inheritdoc />
    public void WriteLock(Guid instanceId, params int[] lockIds) => WriteLock(instanceId, null, lockIds);

    /// <inheritdoc />
    public void EagerReadLock(Guid instanceId, TimeSpan? timeout = null, params int[] lockIds) => ReadLock(instanceId, timeout, lockIds);

    /// <inheritdoc />
    public void EagerReadLock(Guid instanceId, params int[] lockIds) => ReadLock(instanceId, null, lockIds);

    /// <inheritdoc />
    public void EagerWriteLock(Guid instanceId, TimeSpan? timeout = null, params int[] lockIds) => WriteLock(instanceId, timeout, lockIds);

    /// <inheritdoc />
    public void EagerWriteLock(Guid instanceId, params int[] lockIds) => WriteLock(instanceId, null, lockIds);

    /// <inheritdoc />
    public void EnsureLocks(Guid scopeInstanceId)
    {
    }

    /// <inheritdoc />
    public void EnsureLocksCleared(Guid instanceId)
    {
    }

    /// <inheritdoc />
    public void ClearLocks(Guid instanceId)
    {
    }

    /// <inheritdoc />
    public Dictionary<Guid, Dictionary<int, int>>? GetReadLocks() => throw new NotSupportedException("ILockingMechanism.GetReadLocks is not implemented by the CarePages Umbraco harness.");

    /// <inheritdoc />
    public Dictionary<Guid, Dictionary<int, int>>? GetWriteLocks() => throw new NotSupportedException("ILockingMechanism.GetWriteLocks is not implemented by the CarePages Umbraco harness.");

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
