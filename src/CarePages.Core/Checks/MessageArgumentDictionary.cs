using System.Collections;
using System.Diagnostics.CodeAnalysis;
using CarePages.Core.Checks.Messages;

namespace CarePages.Core.Checks;

/// <summary>
/// The values a finding's message placeholders were filled with, by name, in name order. Some are phrases of the message
/// catalogue (a route's name), kept by key in <see cref="Phrases"/> so that the message can be rendered again in another
/// language with them translated too. Two sets are equal when they hold the same names, values and phrases, so findings
/// stay comparable by value.
/// </summary>
public sealed class MessageArgumentDictionary : IReadOnlyDictionary<string, string>, IEquatable<MessageArgumentDictionary>
{
    private static readonly SortedDictionary<string, string> NoPhrases = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _values;
    private readonly SortedDictionary<string, string> _phrases;

    /// <summary>Creates the set of <paramref name="values"/>; empty when null.</summary>
    public MessageArgumentDictionary(IReadOnlyDictionary<string, string>? values)
        : this(values, null)
    {
    }

    /// <summary>
    /// Creates the set of <paramref name="values"/>, of which those named in <paramref name="phrases"/> are the message
    /// catalogue's phrases with those keys (their values are the phrases' text in the language of the values).
    /// </summary>
    public MessageArgumentDictionary(IReadOnlyDictionary<string, string>? values, IReadOnlyDictionary<string, string>? phrases)
    {
        _values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            _values[name] = value;
        }

        _phrases = phrases is null || phrases.Count == 0 ? NoPhrases : new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, key) in phrases ?? new Dictionary<string, string>())
        {
            if (!_values.ContainsKey(name))
            {
                throw new ArgumentException($"The phrase '{name}' has no value among the arguments.", nameof(phrases));
            }

            _phrases[name] = key;
        }
    }

    /// <summary>The arguments that are phrases of the message catalogue: argument name → message key.</summary>
    public IReadOnlyDictionary<string, string> Phrases => _phrases;

    /// <summary>The same arguments with every phrase in <paramref name="uiCulture"/>'s text from <paramref name="messages"/>.</summary>
    public MessageArgumentDictionary In(CheckMessageCatalogue messages, string uiCulture)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (_phrases.Count == 0)
        {
            return this;
        }

        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var (name, key) in _phrases)
        {
            values[name] = messages.Get(key, uiCulture).Message;
        }

        return new MessageArgumentDictionary(values, _phrases);
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
    public bool Equals(MessageArgumentDictionary? other) =>
        other is not null && _values.SequenceEqual(other._values) && _phrases.SequenceEqual(other._phrases);

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

        foreach (var (name, key) in _phrases)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(key, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
