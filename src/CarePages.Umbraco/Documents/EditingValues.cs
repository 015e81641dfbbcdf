using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Umbraco.Installation;
using Umbraco.Cms.Core.Models.ContentEditing;

namespace CarePages.Umbraco.Documents;

/// <summary>A document's values and names in the shape <c>IContentEditingService</c> takes them, as the Management API would pass them.</summary>
internal static class EditingValues
{
    public static PropertyValueModel[] Properties(MultiCultureDocument document)
    {
        var type = CarePagesSchema.FindContentType(document.DocumentType.Id);
        var properties = type is null ? [] : CarePagesSchema.AllProperties(type).ToDictionary(p => p.Alias, StringComparer.Ordinal);
        return document.Values
            .Select(v => new PropertyValueModel
            {
                Alias = v.Alias,
                Culture = v.Culture,
                Segment = v.Segment,
                Value = BlockLayoutKey.ForInstalledEditor(EditorValueConverter.Convert(v.Value), properties.GetValueOrDefault(v.Alias)),
            })
            .ToArray();
    }

    public static VariantModel[] Variants(MultiCultureDocument document) => document.Variants
        .Select(v => new VariantModel { Culture = v.Culture, Segment = v.Segment, Name = v.Name })
        .ToArray();
}
