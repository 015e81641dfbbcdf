using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePages.Core.Translation.Machine.Cloud;

/// <summary>
/// Request bodies for JSON engines, written one way so that a body's size can be known before it is sent: markup's
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are written as they are, not as <c>\u003C</c> (the body goes to an API, never into
/// a page), which keeps segments within size limits counted in bytes.
/// </summary>
internal static class EngineJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body <paramref name="json"/> as <c>application/json; charset=utf-8</c>.</summary>
    public static StringContent Content(JsonNode json) => new(Text(json), Encoding.UTF8, "application/json");

    /// <summary><paramref name="json"/> as it is sent.</summary>
    public static string Text(JsonNode json) => json.ToJsonString(Options);

    /// <summary>The bytes <paramref name="text"/> takes as a JSON string in a body, quotes included.</summary>
    public static int Utf8Size(string text) => Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(text, Options));

    /// <summary>A JSON array of <paramref name="values"/>.</summary>
    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>The root of <paramref name="body"/>, or null when it is not JSON.</summary>
    public static JsonNode? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The property <paramref name="name"/> of <paramref name="node"/> when it is an object, or null.</summary>
    public static JsonNode? Property(JsonNode? node, string name) =>
        node is JsonObject json && json.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>The string at <paramref name="node"/>, or null when it is missing or not a string.</summary>
    public static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
