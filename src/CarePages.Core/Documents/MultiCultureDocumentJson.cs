using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarePages.Core.Documents;

/// <summary>Reads and writes <see cref="MultiCultureDocument"/> JSON exactly as Umbraco's Management API does (camelCase).</summary>
public static class MultiCultureDocumentJson
{
    /// <summary>The serializer options used everywhere documents are stored or exchanged.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses one document; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="DocumentShapeException">The JSON is malformed or lacks required members.</exception>
    public static MultiCultureDocument Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<MultiCultureDocument>(json, Options)
                ?? throw new DocumentShapeException($"{source}: the file holds null, not a document.");
        }
        catch (JsonException ex)
        {
            throw new DocumentShapeException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes one document.</summary>
    public static string Write(MultiCultureDocument document) => JsonSerializer.Serialize(document, Options);
}
