using System.Text.Json;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Documents;

/// <summary>
/// Reads the saved (draft) values of Umbraco content, every culture at once, into the Management API's document
/// shape, so a change to one culture can be written back through <c>IContentEditingService</c> with the rest intact.
/// </summary>
public static class MultiCultureDocumentReader
{
    /// <summary>The draft of <paramref name="content"/>, or null when it is not a CarePages type.</summary>
    public static MultiCultureDocument? Read(IContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Read(content, published: false, content.ContentType.VariesByCulture() ? content.AvailableCultures.ToArray() : []);
    }

    /// <summary>
    /// The published values of <paramref name="content"/> with only its published cultures, or null when nothing of it
    /// is published or it is not a CarePages type.
    /// </summary>
    public static MultiCultureDocument? ReadPublished(IContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.Published)
        {
            return null;
        }

        var varies = content.ContentType.VariesByCulture();
        string?[] cultures = varies ? content.PublishedCultures.ToArray() : [];
        return varies && cultures.Length == 0 ? null : Read(content, published: true, cultures);
    }

    private static MultiCultureDocument? Read(IContent content, bool published, string?[] cultures)
    {
        var type = CarePagesSchema.FindContentType(content.ContentType.Alias);
        if (type is null)
        {
            return null;
        }

        var values = new List<DocumentValue>();
        foreach (var property in CarePagesSchema.AllProperties(type).Where(p => content.HasProperty(p.Alias)))
        {
            foreach (var culture in property.VariesByCulture && cultures.Length > 0 ? cultures : [null])
            {
                if (SourceValueJson.From(property.Kind, content.GetValue(property.Alias, culture, published: published), converted: null) is { } json)
                {
                    values.Add(new DocumentValue(property.Alias, culture, null, property.Kind == FieldKind.Picker ? EditorPickerValue(json) : json));
                }
            }
        }

        return new MultiCultureDocument
        {
            Id = content.Key,
            DocumentType = new ReferenceById(type.Key),
            Values = values,
            Variants = cultures.Length > 0
                ? cultures.Select(c => new DocumentVariant(c, null, (published ? content.GetPublishName(c) : content.GetCultureName(c!)) ?? string.Empty)).ToArray()
                : [new DocumentVariant(null, null, (published ? content.PublishName : content.Name) ?? string.Empty)],
        };
    }

    // The editor takes [{"type":"document","unique":"<key>"}]; the stored UDIs read as plain keys.
    private static JsonElement EditorPickerValue(JsonElement json) => json.ValueKind == JsonValueKind.Array
        ? JsonSerializer.SerializeToElement(json.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String ? JsonSerializer.SerializeToElement(new { type = "document", unique = item.GetString() }) : item)
            .ToArray())
        : json;
}
