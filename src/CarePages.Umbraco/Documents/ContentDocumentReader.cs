using CarePages.Core.Documents;
using CarePages.Core.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Documents;

/// <summary>Reads the saved (draft) values of Umbraco content into the neutral one-document-in-one-culture model.</summary>
public static class ContentDocumentReader
{
    /// <summary>
    /// The <paramref name="culture"/> view of <paramref name="content"/>'s current values, or null when it is not a
    /// CarePages type or has no name in that culture. During publishing these are the values being published.
    /// </summary>
    public static CultureDocument? Read(IContent content, string culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        var type = CarePagesSchema.FindContentType(content.ContentType.Alias);
        var name = content.ContentType.VariesByCulture() ? content.GetCultureName(culture) : content.Name;
        if (type is null || string.IsNullOrEmpty(name))
        {
            return null;
        }

        return CultureDocumentAssembler.Assemble(type, content.Key, parentKey: null, culture, name, (property, valueCulture) =>
            content.HasProperty(property.Alias) ? SourceValueJson.From(property.Kind, content.GetValue(property.Alias, valueCulture), converted: null) : null);
    }
}
