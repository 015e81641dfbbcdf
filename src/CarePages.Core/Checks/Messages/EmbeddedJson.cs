using System.Reflection;
using System.Text.Json;

namespace CarePages.Core.Checks.Messages;

/// <summary>Reads the embedded JSON catalogues named <c>&lt;prefix&gt;&lt;group&gt;.&lt;language&gt;.json</c>.</summary>
internal static class EmbeddedJson
{
    /// <summary>Each resource under <paramref name="prefix"/> as (language, parsed content).</summary>
    public static IEnumerable<(string Language, T Content)> Read<T>(string prefix)
    {
        var assembly = typeof(EmbeddedJson).Assembly;
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

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The language part of a culture name: <c>es-ES</c> → <c>es</c>.</summary>
    public static string LanguageOf(string culture)
    {
        var dash = culture.IndexOfAny(['-', '_']);
        return (dash < 0 ? culture : culture[..dash]).ToLowerInvariant();
    }
}
