using System.Text.Json;
using CarePages.Core.Schema;

namespace CarePages.Core.Documents;

/// <summary>
/// Reads a block editor value (<c>layout</c>, <c>contentData</c>, <c>expose</c>) into elements seen in one culture.
/// Element properties that vary by culture take that culture's value (block-level variance).
/// </summary>
internal static class BlockValueReader
{
    public static IReadOnlyList<DocumentElement> Read(JsonElement json, string culture, string where)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("contentData", out var contentData) || contentData.ValueKind != JsonValueKind.Array)
        {
            throw new DocumentShapeException($"{where}: expected a block value with a \"contentData\" array.");
        }

        var byKey = contentData.EnumerateArray().ToDictionary(item => Key(item, "key", where), item => item);
        return LayoutKeys(json, where)
            .Select((key, i) => byKey.TryGetValue(key, out var item)
                ? ReadElement(key, item, culture, $"{where}.contentData[{key}]")
                : throw new DocumentShapeException($"{where}.layout[{i}]: no contentData item has key {key}."))
            .ToArray();
    }

    private static IEnumerable<Guid> LayoutKeys(JsonElement json, string where)
    {
        if (!json.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentShapeException($"{where}: expected a \"layout\" object.");
        }

        return layout.EnumerateObject()
            .SelectMany(editor => editor.Value.EnumerateArray())
            .Select(item => Key(item, "contentKey", where + ".layout"));
    }

    private static DocumentElement ReadElement(Guid key, JsonElement item, string culture, string where)
    {
        var typeKey = Key(item, "contentTypeKey", where);
        var type = CarePagesSchema.FindContentType(typeKey)
            ?? throw new DocumentShapeException($"{where}: element type {typeKey} is not a CarePages type.");
        var values = item.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().ToArray()
            : [];

        var fields = CarePagesSchema.AllProperties(type)
            .Select(p => FieldValueReader.Read(p, Pick(values, p, culture), culture, $"{where}.{p.Alias}"))
            .ToArray();
        return new DocumentElement(key, type.Alias, fields);
    }

    private static JsonElement? Pick(JsonElement[] values, PropertyDefinition property, string culture)
    {
        foreach (var value in values)
        {
            var alias = value.TryGetProperty("alias", out var a) ? a.GetString() : null;
            var valueCulture = value.TryGetProperty("culture", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var cultureMatches = property.VariesByCulture
                ? string.Equals(valueCulture, culture, StringComparison.OrdinalIgnoreCase)
                : valueCulture is null;
            if (alias == property.Alias && cultureMatches && value.TryGetProperty("value", out var found))
            {
                return found;
            }
        }

        return null;
    }

    private static Guid Key(JsonElement item, string property, string where) =>
        item.TryGetProperty(property, out var raw) && raw.ValueKind == JsonValueKind.String && Guid.TryParse(raw.GetString(), out var key)
            ? key
            : throw new DocumentShapeException($"{where}: \"{property}\" must be a GUID.");
}
