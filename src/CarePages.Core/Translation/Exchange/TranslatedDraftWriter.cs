using System.Text.Json;
using System.Text.Json.Nodes;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Writes translated values into one culture of a document, leaving every other culture and every invariant value as
/// it was. Block fields keep their structure: the translation goes into the block element's value for the culture
/// (block-level variance), and the element is exposed in that culture when the value lists exposed cultures.
/// </summary>
public static class TranslatedDraftWriter
{
    /// <summary>The document with <paramref name="fields"/> written into <paramref name="culture"/>.</summary>
    /// <exception cref="DocumentShapeException">A path names a block or property the document does not have.</exception>
    public static MultiCultureDocument Apply(MultiCultureDocument document, string culture, IReadOnlyList<TranslatedField> fields)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(fields);
        var variants = document.Variants.ToList();
        var values = document.Values.ToList();
        foreach (var field in fields)
        {
            if (field.Path == FieldPath.NodeName)
            {
                SetName(variants, culture, field.Value);
            }
            else if (field.Path.IsInBlock)
            {
                SetBlockValue(values, culture, field, $"document {document.Id}");
            }
            else
            {
                Set(values, new DocumentValue(field.Path.Value, culture, null, Stored(field.Kind, field.Value)));
            }
        }

        return document with { Variants = variants, Values = values };
    }

    private static void SetName(List<DocumentVariant> variants, string culture, string name)
    {
        var index = variants.FindIndex(v => SameCulture(v.Culture, culture));
        var variant = new DocumentVariant(culture, null, name);
        if (index < 0)
        {
            variants.Add(variant);
        }
        else
        {
            variants[index] = variant;
        }
    }

    private static void Set(List<DocumentValue> values, DocumentValue value)
    {
        var index = values.FindIndex(v => v.Alias == value.Alias && SameCulture(v.Culture, value.Culture));
        if (index < 0)
        {
            values.Add(value);
        }
        else
        {
            values[index] = value;
        }
    }

    private static void SetBlockValue(List<DocumentValue> values, string culture, TranslatedField field, string where)
    {
        var rootAlias = field.Path.RootAlias;
        var index = values.FindIndex(v => v.Alias == rootAlias);
        if (index < 0)
        {
            throw new DocumentShapeException($"{where}: has no block field \"{rootAlias}\" for {field.Path}.");
        }

        var holder = values[index];
        var blocks = JsonNode.Parse(holder.Value.GetRawText())
            ?? throw new DocumentShapeException($"{where}.{rootAlias}: the block value is empty.");
        WriteIntoBlocks(blocks, field.Path.Value[rootAlias.Length..], culture, field, $"{where}.{rootAlias}");
        values[index] = holder with { Value = JsonSerializer.SerializeToElement(blocks) };
    }

    // rest is "[<key>].<alias>" or "[<key>].<alias>[<key>].<alias>" for blocks inside blocks.
    private static void WriteIntoBlocks(JsonNode blocks, string rest, string culture, TranslatedField field, string where)
    {
        var close = rest.IndexOf(']', StringComparison.Ordinal);
        if (!rest.StartsWith('[') || close < 0 || close + 2 > rest.Length || !Guid.TryParse(rest[1..close], out var key))
        {
            throw new DocumentShapeException($"{where}: \"{field.Path}\" is not a block field path.");
        }

        var element = (blocks["contentData"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(item => KeyOf(item) == key)
            ?? throw new DocumentShapeException($"{where}: has no block with key {key:D}.");
        var afterKey = rest[(close + 2)..];
        var nested = afterKey.IndexOf('[', StringComparison.Ordinal);
        var alias = nested < 0 ? afterKey : afterKey[..nested];
        var elementValues = element["values"] as JsonArray ?? [];
        element["values"] = elementValues;
        if (nested >= 0)
        {
            var inner = elementValues.OfType<JsonObject>().FirstOrDefault(v => (string?)v["alias"] == alias)?["value"]
                ?? throw new DocumentShapeException($"{where}[{key:D}]: has no block field \"{alias}\".");
            WriteIntoBlocks(inner, afterKey[nested..], culture, field, $"{where}[{key:D}].{alias}");
            return;
        }

        var stored = JsonNode.Parse(Stored(field.Kind, field.Value).GetRawText());
        var existing = elementValues.OfType<JsonObject>().FirstOrDefault(v => (string?)v["alias"] == alias && SameCulture((string?)v["culture"], culture));
        if (existing is null)
        {
            elementValues.Add(new JsonObject { ["alias"] = alias, ["culture"] = culture, ["segment"] = null, ["value"] = stored });
        }
        else
        {
            existing["value"] = stored;
        }

        Expose(blocks, key, culture);
    }

    private static void Expose(JsonNode blocks, Guid key, string culture)
    {
        if (blocks["expose"] is not JsonArray expose
            || expose.OfType<JsonObject>().Any(e => KeyOf(e, "contentKey") == key && SameCulture((string?)e["culture"], culture)))
        {
            return;
        }

        expose.Add(new JsonObject { ["contentKey"] = key.ToString("D"), ["culture"] = culture, ["segment"] = null });
    }

    private static Guid? KeyOf(JsonObject item, string property = "key") =>
        Guid.TryParse((string?)item[property], out var key) ? key : null;

    private static JsonElement Stored(FieldKind kind, string value) => kind == FieldKind.RichText
        ? JsonSerializer.SerializeToElement(new JsonObject { ["markup"] = value, ["blocks"] = null })
        : JsonSerializer.SerializeToElement(value);

    private static bool SameCulture(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
