using System.Text.Json;
using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Umbraco.Documents;

/// <summary>Builds the neutral one-culture document from per-property stored values, for published content and drafts alike.</summary>
internal static class CultureDocumentAssembler
{
    /// <param name="type">The CarePages document type.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="parentKey">Its parent's key, or null at the root.</param>
    /// <param name="culture">The culture to read.</param>
    /// <param name="name">The node name in that culture.</param>
    /// <param name="valueOf">The stored value of a property, already in the culture the property varies by.</param>
    public static CultureDocument Assemble(ContentTypeDefinition type, Guid key, Guid? parentKey, string culture, string name, Func<PropertyDefinition, string?, JsonElement?> valueOf)
    {
        var values = new List<DocumentValue>();
        foreach (var property in CarePagesSchema.AllProperties(type))
        {
            var valueCulture = property.VariesByCulture ? culture : null;
            if (valueOf(property, valueCulture) is { } value)
            {
                values.Add(new DocumentValue(property.Alias, valueCulture, null, value));
            }
        }

        var request = new MultiCultureDocument
        {
            Id = key,
            Parent = parentKey is { } parent ? new ReferenceById(parent) : null,
            DocumentType = new ReferenceById(type.Key),
            Values = values,
            Variants = [new DocumentVariant(culture, null, name)],
        };
        return CultureDocumentFactory.Create(request, culture);
    }
}
