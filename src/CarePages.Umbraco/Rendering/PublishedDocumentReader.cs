using CarePages.Core.Documents;
using CarePages.Core.Schema;
using Umbraco.Cms.Core.Models.PublishedContent;

namespace CarePages.Umbraco.Rendering;

/// <summary>Reads published Umbraco content into the neutral one-document-in-one-culture model.</summary>
public static class PublishedDocumentReader
{
    /// <summary>
    /// The <paramref name="culture"/> view of <paramref name="content"/>, or null when the content is not
    /// a CarePages type or not published in that culture.
    /// </summary>
    public static CultureDocument? Read(IPublishedContent content, string culture, Guid? parentKey)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = CarePagesSchema.FindContentType(content.ContentType.Alias);
        var name = content.Cultures.TryGetValue(culture, out var info) ? info.Name : null;
        if (type is null || name is null)
        {
            return null;
        }

        var values = new List<DocumentValue>();
        foreach (var property in CarePagesSchema.AllProperties(type))
        {
            var published = content.GetProperty(property.Alias);
            var valueCulture = property.VariesByCulture ? culture : null;
            // Only rich text needs the converted value (links resolved); converting pickers and blocks would be wasted work.
            var converted = property.Kind == FieldKind.RichText ? published?.GetValue(valueCulture) : null;
            var json = published is null ? null : PublishedSourceValueJson.From(property.Kind, published.GetSourceValue(valueCulture), converted);
            if (json is { } value)
            {
                values.Add(new DocumentValue(property.Alias, valueCulture, null, value));
            }
        }

        var request = new DocumentRequest
        {
            Id = content.Key,
            Parent = parentKey is { } parent ? new ReferenceById(parent) : null,
            DocumentType = new ReferenceById(type.Key),
            Values = values,
            Variants = [new DocumentVariant(culture, null, name)],
        };
        return CultureDocumentFactory.Create(request, culture);
    }
}
