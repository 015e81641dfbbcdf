using Umbraco.Cms.Core.Scoping;

namespace CarePages.Umbraco.Harness.Scoping;

/// <summary>Actions enlisted for the end of the outermost scope, run by priority as Umbraco's scope context runs them.</summary>
public sealed class HarnessScopeContext : IScopeContext
{
    private readonly Dictionary<string, (object? Item, Action<bool> Exit, int Priority)> _enlisted = [];

    /// <inheritdoc />
    public Guid InstanceId { get; } = Guid.NewGuid();

    /// <inheritdoc />
    public int CreatedThreadId { get; } = Environment.CurrentManagedThreadId;

    /// <inheritdoc />
    public void Enlist(string key, Action<bool> action, int priority = 100) => _enlisted.TryAdd(key, (null, action, priority));

    /// <inheritdoc />
    public T? Enlist<T>(string key, Func<T> creator, Action<bool, T?>? action = null, int priority = 100)
    {
        ArgumentNullException.ThrowIfNull(creator);
        if (_enlisted.TryGetValue(key, out var existing))
        {
            return (T?)existing.Item;
        }

        var item = creator();
        _enlisted[key] = (item, completed => action?.Invoke(completed, item), priority);
        return item;
    }

    /// <inheritdoc />
    public T? GetEnlisted<T>(string key) => _enlisted.TryGetValue(key, out var existing) ? (T?)existing.Item : default;

    /// <inheritdoc />
    public void ScopeExit(bool completed)
    {
        foreach (var entry in _enlisted.Values.OrderBy(e => e.Priority).ToArray())
        {
            entry.Exit(completed);
        }

        _enlisted.Clear();
    }
}
