using CarePages.Core.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentTypeEditing;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Turns a CarePages definition into the complete model <c>IContentTypeEditingService</c> takes.
/// An update replaces the whole type, so the model always carries every property and container.
/// </summary>
public static class ContentTypeModelFactory
{
    /// <summary>The model for creating the type with its fixed key.</summary>
    public static ContentTypeCreateModel CreateModel(ContentTypeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var model = new ContentTypeCreateModel { Key = definition.Key };
        Populate(model, definition);
        return model;
    }

    /// <summary>The model for updating an existing type to match the definition.</summary>
    public static ContentTypeUpdateModel UpdateModel(ContentTypeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var model = new ContentTypeUpdateModel();
        Populate(model, definition);
        return model;
    }

    private static void Populate(ContentTypeModelBase model, ContentTypeDefinition definition)
    {
        model.Alias = definition.Alias;
        model.Name = definition.Name;
        model.Description = definition.Description;
        model.Icon = definition.Icon;
        model.AllowedAsRoot = definition.AllowedAsRoot;
        model.VariesByCulture = definition.VariesByCulture;
        model.VariesBySegment = false;
        model.IsElement = definition.IsElement;
#if UMBRACO_18_OR_GREATER
        model.AllowedInLibrary = definition.AllowedInLibrary;
#endif
        model.Containers = definition.Containers.Select(ToContainer).ToArray();
        model.Properties = definition.Properties.Select(ToProperty).ToArray();
        model.Compositions = definition.CompositionKeys
            .Select(key => new Composition { Key = key, CompositionType = CompositionType.Composition })
            .ToArray();
        model.AllowedContentTypes = definition.AllowedChildKeys
            .Select((key, index) => new ContentTypeSort(key, index, AliasOf(key)))
            .ToArray();
        model.AllowedTemplateKeys = definition.Template is { } template ? [template.Key] : [];
        model.DefaultTemplateKey = definition.Template?.Key;
    }

    private static ContentTypePropertyContainerModel ToContainer(ContainerDefinition container) => new()
    {
        Key = container.Key,
        ParentKey = container.ParentKey,
        Name = container.Name,
        Type = container.Kind == ContainerKind.Tab ? "Tab" : "Group",
        SortOrder = container.SortOrder,
    };

    private static ContentTypePropertyTypeModel ToProperty(PropertyDefinition property) => new()
    {
        Key = property.Key,
        ContainerKey = property.ContainerKey,
        SortOrder = property.SortOrder,
        Alias = property.Alias,
        Name = property.Name,
        Description = property.Description,
        DataTypeKey = property.DataTypeKey,
        VariesByCulture = property.VariesByCulture,
        VariesBySegment = false,
        Validation = new PropertyTypeValidation
        {
            Mandatory = property.Mandatory,
            MandatoryMessage = property.MandatoryMessage,
            RegularExpression = property.RegularExpression,
            RegularExpressionMessage = property.RegularExpressionMessage,
        },
        Appearance = new PropertyTypeAppearance(),
    };

    private static string AliasOf(Guid key) =>
        CarePagesSchema.FindContentType(key)?.Alias ?? throw new InvalidOperationException($"Allowed child {key} is not a CarePages type.");
}
