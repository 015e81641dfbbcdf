using System.Reflection;
using System.Text.Json;

namespace CarePages.Core.Checks.Messages;

/// <summary>Reads the embedded JSON catalogues named <c>&lt;prefix&gt;&lt;group&gt;.&lt;language&gt;.json</c>.</summary>
internal static class EmbeddedJson
{
    /// <summary>Each resource of this assembly under <paramref name="prefix"/> as (language, parsed content).</summary>
    public static IEnumerable<(string Language, T Content)> Read<T>(string prefix) => Read<T>(typeof(EmbeddedJson).Assembly, prefix);

    /// <summary>Each resource of <paramref name="assembly"/> under <paramref name="prefix"/> as (language, parsed content).</summary>
    public static IEnumerable<(string Language, T Content)> Read<T>(Assembly assembly, string prefix)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // <group>.<language>.json
            var parts = name[prefix.Length..].Split('.');
            if (parts.Length != 3 || parts[2] != "json")
            {
                throw new InvalidOperationException($"Embedded catalogue '{name}' is not named <group>.<language>.json.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            var content = JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new InvalidOperationException($"Embedded catalogue '{name}' is empty.");
            yield return (parts[1], content);
        }
    }

    /// <summary>
    /// The <c>"key": value</c> catalogues of <paramref name="assembly"/> under <paramref name="prefix"/>, the groups of each
    /// language merged into one dictionary per language.
    /// </summary>
    /// <exception cref="InvalidOperationException">A resource is misnamed or empty, or two groups of one language define the same key.</exception>
    public static Dictionary<string, Dictionary<string, TValue>> ReadByLanguage<TValue>(Assembly assembly, string prefix)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, TValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, entries) in Read<Dictionary<string, TValue>>(assembly, prefix))
        {
            if (!byLanguage.TryGetValue(language, out var merged))
            {
                byLanguage[language] = merged = new Dictionary<string, TValue>(StringComparer.Ordinal);
            }

            foreach (var (key, value) in entries)
            {
                if (!merged.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"'{key}' is defined twice in the {language} catalogue under {prefix}.");
                }
            }
        }

        return byLanguage;
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
}
