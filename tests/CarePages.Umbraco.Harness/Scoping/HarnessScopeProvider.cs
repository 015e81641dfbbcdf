using System.Data;
using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Persistence.Querying;
using Umbraco.Cms.Core.Scoping;

namespace CarePages.Umbraco.Harness.Scoping;

/// <summary>
/// Scopes as Umbraco's Infrastructure makes them, over the in-memory database: the outermost scope is a transaction
/// that commits when it and every nested scope completed and rolls back otherwise; nested scopes share the outermost
/// scope's <see cref="IScopedNotificationPublisher"/>, whose notifications Umbraco's own
/// <see cref="ScopedNotificationPublisher"/> publishes when the outermost scope completes (or drops when it does not).
/// </summary>
public sealed class HarnessScopeProvider : ICoreScopeProvider
{
    private readonly AsyncLocal<HarnessScope?> _ambient = new();
    private readonly IEventAggregator _eventAggregator;
    private readonly HarnessDatabase _database;

    /// <summary>Creates the provider.</summary>
    public HarnessScopeProvider(IEventAggregator eventAggregator, HarnessDatabase database)
    {
        _eventAggregator = eventAggregator;
        _database = database;
    }

    /// <summary>The innermost open scope of the current async flow.</summary>
    public HarnessScope? AmbientScope => _ambient.Value;

    /// <inheritdoc />
    public IScopeContext? Context => _ambient.Value?.Root.Context;

    /// <inheritdoc />
    public ICoreScope CreateCoreScope(
        IsolationLevel isolationLevel = IsolationLevel.Unspecified,
        RepositoryCacheMode repositoryCacheMode = RepositoryCacheMode.Unspecified,
        IEventDispatcher? eventDispatcher = null,
        IScopedNotificationPublisher? scopedNotificationPublisher = null,
        bool? scopeFileSystems = null,
        bool callContext = false,
        bool autoComplete = false)
    {
        var parent = _ambient.Value;
        var scope = parent is null
            ? HarnessScope.CreateRoot(this, _database, scopedNotificationPublisher ?? new ScopedNotificationPublisher(_eventAggregator), autoComplete)
            : HarnessScope.CreateChild(this, parent, autoComplete);
        _ambient.Value = scope;
        return scope;
    }

    /// <inheritdoc />
    public IQuery<T> CreateQuery<T>() => new InMemoryQuery<T>();

    /// <summary>Called by a scope as it closes: its parent becomes the ambient scope again.</summary>
    internal void Closed(HarnessScope scope)
    {
        if (!ReferenceEquals(_ambient.Value, scope))
        {
            throw new InvalidOperationException("A scope was disposed out of order: Umbraco requires nested scopes to close innermost first.");
        }

        _ambient.Value = scope.Parent;
    }
}
