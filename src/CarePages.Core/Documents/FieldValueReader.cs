using System.Globalization;
using System.Text.Json;
using CarePages.Core.Schema;

namespace CarePages.Core.Documents;

/// <summary>
/// Reads a property value in the form Umbraco's Management API takes it into a <see cref="DocumentField"/>.
/// </summary>
internal static class FieldValueReader
{
    public static DocumentField Read(PropertyDefinition property, JsonElement? value, string culture, string where)
    {
        var field = new DocumentField { Alias = property.Alias, Kind = property.Kind, VariesByCulture = property.VariesByCulture };
        if (value is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return field;
        }

        return property.Kind switch
        {
            FieldKind.RichText => field with { Text = NullIfBlank(RichTextMarkup(json, where)) },
            FieldKind.Date => field with { Text = IsoDate(json, where) },
            FieldKind.Choice => field with { Items = Strings(json, where) },
            FieldKind.Picker => field with { Items = PickedKeys(json, where) },
            FieldKind.Blocks => field with { Elements = BlockValueReader.Read(json, culture, where) },
            _ => field with { Text = NullIfBlank(String(json, where)) },
        };
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string String(JsonElement json, string where) => json.ValueKind == JsonValueKind.String
        ? json.GetString()!
        : throw new DocumentShapeException($"{where}: expected a string but found {json.ValueKind}.");

    // The v17 rich text editor stores {"markup": "...", "blocks": {...}}; older values are plain HTML strings.
    private static string? RichTextMarkup(JsonElement json, string where) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Object when json.TryGetProperty("markup", out var markup) => String(markup, where + ".markup"),
        _ => throw new DocumentShapeException($"{where}: expected rich text as a string or an object with \"markup\"."),
    };

    private static string IsoDate(JsonElement json, string where)
    {
        var text = String(json, where);
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new DocumentShapeException($"{where}: \"{text}\" is not a date.");
    }

    private static IReadOnlyList<string> Strings(JsonElement json, string where) => json.ValueKind switch
    {
        JsonValueKind.String => [json.GetString()!],
        JsonValueKind.Array => json.EnumerateArray().Select((item, i) => String(item, $"{where}[{i}]")).ToArray(),
        _ => throw new DocumentShapeException($"{where}: expected a string or an array of strings."),
    };

    // Document pickers take [{"type":"document","unique":"<key>"}]; plain key strings are accepted too.
    private static IReadOnlyList<string> PickedKeys(JsonElement json, string where)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new DocumentShapeException($"{where}: expected an array of picked documents.");
        }

        return json.EnumerateArray().Select((item, i) =>
        {
            var raw = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("unique", out var unique)
                ? String(unique, $"{where}[{i}].unique")
                : String(item, $"{where}[{i}]");
            return Guid.TryParse(raw, out var key)
                ? key.ToString()
                : throw new DocumentShapeException($"{where}[{i}]: \"{raw}\" is not a document key.");
        }).ToArray();
    }
}
