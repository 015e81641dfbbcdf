using System.Text.Json;
using CarePages.Core.Checks;

namespace CarePages.Persistence.Mapping;

/// <summary>
/// A stored finding's arguments as one JSON object: each placeholder's value by name, and each phrase's message key under
/// its name prefixed with <c>@</c> (placeholder names start with a letter, so the two never meet).
/// </summary>
internal static class AuditArgumentsJson
{
    private const char PhrasePrefix = '@';

    public static string Write(MessageArgumentDictionary arguments)
    {
        var stored = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            stored[name] = value;
        }

        foreach (var (name, key) in arguments.Phrases)
        {
            stored[PhrasePrefix + name] = key;
        }

        return JsonSerializer.Serialize(stored);
    }

    public static MessageArgumentDictionary Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        var values = stored.Where(e => !e.Key.StartsWith(PhrasePrefix)).ToDictionary(StringComparer.Ordinal);
        var phrases = stored.Where(e => e.Key.StartsWith(PhrasePrefix) && values.ContainsKey(e.Key[1..])).ToDictionary(e => e.Key[1..], e => e.Value, StringComparer.Ordinal);
        return new MessageArgumentDictionary(values, phrases);
    }
}
