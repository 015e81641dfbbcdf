using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CarePages.Core.Checks;

/// <summary>
/// The values a finding's message placeholders were filled with, by name, in name order. Two sets are equal when they hold the
/// same names and values, so findings stay comparable by value.
/// </summary>
public sealed class MessageArgumentDictionary : IReadOnlyDictionary<string, string>, IEquatable<MessageArgumentDictionary>
{
    private readonly SortedDictionary<string, string> _values;

    /// <summary>Creates the set of <paramref name="values"/>; empty when null.</summary>
    public MessageArgumentDictionary(IReadOnlyDictionary<string, string>? values)
    {
        _values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            _values[name] = value;
        }
    }

    /// <summary>No arguments.</summary>
    public static MessageArgumentDictionary None { get; } = new(null);

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc />
    public string this[string key] => _values[key];

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(MessageArgumentDictionary? other) => other is not null && _values.SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MessageArgumentDictionary);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (name, value) in _values)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
