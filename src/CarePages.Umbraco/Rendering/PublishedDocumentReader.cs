using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Umbraco.Documents;
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

        return CultureDocumentAssembler.Assemble(type, content.Key, parentKey, culture, name, (property, valueCulture) =>
        {
            var published = content.GetProperty(property.Alias);
            // Only rich text needs the converted value (links resolved); converting pickers and blocks would be wasted work.
            var converted = property.Kind == FieldKind.RichText ? published?.GetValue(valueCulture) : null;
            return published is null ? null : SourceValueJson.From(property.Kind, published.GetSourceValue(valueCulture), converted);
        });
    }
}
