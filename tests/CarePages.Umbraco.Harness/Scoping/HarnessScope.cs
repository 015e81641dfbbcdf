using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Scoping;

namespace CarePages.Umbraco.Harness.Scoping;

/// <summary>One scope: the outermost one owns the transaction, the notification publisher and the scope context.</summary>
public sealed class HarnessScope : ICoreScope
{
    private readonly HarnessScopeProvider _provider;
    private readonly bool _autoComplete;
    private readonly HarnessDatabase.Transaction? _transaction;
    private readonly IScopedNotificationPublisher _notifications;
    private bool? _completed;
    private bool _childFailed;
    private bool _disposed;

    private HarnessScope(HarnessScopeProvider provider, HarnessScope? parent, HarnessDatabase.Transaction? transaction, IScopedNotificationPublisher notifications, bool autoComplete)
    {
        _provider = provider;
        Parent = parent;
        _transaction = transaction;
        _notifications = notifications;
        _autoComplete = autoComplete;
        Locks = parent?.Locks ?? new HarnessLockingMechanism();
        Context = parent is null ? new HarnessScopeContext() : parent.Context;
    }

    /// <summary>The enclosing scope; null for the outermost.</summary>
    public HarnessScope? Parent { get; }

    /// <summary>The outermost scope.</summary>
    public HarnessScope Root => Parent?.Root ?? this;

    /// <summary>The scope context the outermost scope owns.</summary>
    public HarnessScopeContext Context { get; }

    /// <inheritdoc />
    public Guid InstanceId { get; } = Guid.NewGuid();

    /// <inheritdoc />
    public int CreatedThreadId { get; } = Environment.CurrentManagedThreadId;

    /// <inheritdoc />
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    /// <inheritdoc />
    public ILockingMechanism Locks { get; }

    /// <inheritdoc />
    public IScopedNotificationPublisher Notifications => _notifications;

    /// <inheritdoc />
    public RepositoryCacheMode RepositoryCacheMode => RepositoryCacheMode.None;

    /// <inheritdoc />
    public IsolatedCaches IsolatedCaches { get; } = new(_ => NoAppCache.Instance);

    internal static HarnessScope CreateRoot(HarnessScopeProvider provider, HarnessDatabase database, IScopedNotificationPublisher notifications, bool autoComplete) =>
        new(provider, null, database.Begin(), notifications, autoComplete);

    internal static HarnessScope CreateChild(HarnessScopeProvider provider, HarnessScope parent, bool autoComplete) =>
        new(provider, parent, null, parent.Notifications, autoComplete);

    /// <inheritdoc />
    public bool Complete()
    {
        _completed ??= true;
        return _completed.Value;
    }

    /// <inheritdoc />
    public void ReadLock(params int[] lockIds) => Locks.ReadLock(InstanceId, lockIds);

    /// <inheritdoc />
    public void WriteLock(params int[] lockIds) => Locks.WriteLock(InstanceId, lockIds);

    /// <inheritdoc />
    public void WriteLock(TimeSpan timeout, int lockId) => Locks.WriteLock(InstanceId, timeout, lockId);

    /// <inheritdoc />
    public void ReadLock(TimeSpan timeout, int lockId) => Locks.ReadLock(InstanceId, timeout, lockId);

    /// <inheritdoc />
    public void EagerWriteLock(params int[] lockIds) => WriteLock(lockIds);

    /// <inheritdoc />
    public void EagerWriteLock(TimeSpan timeout, int lockId) => WriteLock(timeout, lockId);

    /// <inheritdoc />
    public void EagerReadLock(TimeSpan timeout, int lockId) => ReadLock(timeout, lockId);

    /// <inheritdoc />
    public void EagerReadLock(params int[] lockIds) => ReadLock(lockIds);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_autoComplete)
        {
            _completed ??= true;
        }

        _provider.Closed(this);
        var completed = _completed == true && !_childFailed;
        if (Parent is not null)
        {
            // As in Umbraco, a nested scope that did not complete makes the whole transaction roll back.
            Parent._childFailed |= !completed;
            return;
        }

        if (completed)
        {
            _transaction!.Commit();
        }
        else
        {
            _transaction!.Rollback();
        }

        Context.ScopeExit(completed);
        _notifications.ScopeExit(completed);
    }
}
