using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>Umbraco's key/value store, in memory.</summary>
internal sealed class InMemoryKeyValueService : IKeyValueService
{
    public Dictionary<string, string> Values { get; } = [];

    public string? GetValue(string key) => Values.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, string?>? FindByKeyPrefix(string keyPrefix) =>
        Values.Where(p => p.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).ToDictionary(p => p.Key, p => (string?)p.Value);

    public void SetValue(string key, string value) => Values[key] = value;

    public void SetValue(string key, string originValue, string newValue)
    {
        if (!TrySetValue(key, originValue, newValue))
        {
            throw new InvalidOperationException("Concurrency: the value changed.");
        }
    }

    public bool TrySetValue(string key, string originValue, string newValue)
    {
        if (GetValue(key) != originValue)
        {
            return false;
        }

        Values[key] = newValue;
        return true;
    }
}
