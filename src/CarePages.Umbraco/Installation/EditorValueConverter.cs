using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Converts a JSON property value into the CLR shape the Management API hands to
/// <c>IContentEditingService</c>: objects as <see cref="JsonObject"/>, arrays as <c>object[]</c>,
/// date-like strings as <see cref="DateTime"/>, numbers as int, long or double.
/// </summary>
internal static class EditorValueConverter
{
    public static object? Convert(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonNode.Parse(value.GetRawText()),
        JsonValueKind.Array => value.EnumerateArray().Select(Convert).ToArray(),
        JsonValueKind.String => AsDateOrString(value),
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object AsDateOrString(JsonElement value) =>
        value.TryGetDateTime(out var date) ? date : value.GetString()!;
}
