using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentTypeEditing;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>
/// Builds the real Umbraco <see cref="ContentType"/> that saving an editing model would produce, so
/// tests assert on Umbraco's own objects (property types, variation, validation, compositions).
/// </summary>
internal static class ContentTypeFromModel
{
    public static ContentType Build(ContentTypeModelBase model, Guid key, int id, FakeUmbracoSite site)
    {
        var contentType = new ContentType(site.ShortStringHelper, -1)
        {
            Id = id,
            Key = key,
            Alias = model.Alias,
            Name = model.Name,
            Description = model.Description,
            Icon = model.Icon,
            AllowedAsRoot = model.AllowedAsRoot,
            IsElement = model.IsElement,
            Variations = model.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
            AllowedContentTypes = model.AllowedContentTypes.ToArray(),
        };

        foreach (var composition in model.Compositions)
        {
            contentType.AddContentType(site.ContentTypes[composition.Key]);
        }

        foreach (var container in model.Containers.OrderBy(c => c.SortOrder))
        {
            var alias = site.ShortStringHelper.CleanStringForSafeAlias(container.Name!);
            contentType.AddPropertyGroup(alias, container.Name!);
            var group = contentType.PropertyGroups[alias];
            group.Key = container.Key;
            group.Type = Enum.Parse<PropertyGroupType>(container.Type);
            group.SortOrder = container.SortOrder;
        }

        foreach (var property in model.Properties.OrderBy(p => p.SortOrder))
        {
            var container = model.Containers.Single(c => c.Key == property.ContainerKey);
            var propertyType = new PropertyType(site.ShortStringHelper, site.DataTypes[property.DataTypeKey], property.Alias)
            {
                Key = property.Key,
                Name = property.Name,
                Description = property.Description,
                SortOrder = property.SortOrder,
                Mandatory = property.Validation.Mandatory,
                MandatoryMessage = property.Validation.MandatoryMessage,
                ValidationRegExp = property.Validation.RegularExpression,
                ValidationRegExpMessage = property.Validation.RegularExpressionMessage,
                Variations = property.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
            };
            contentType.AddPropertyType(propertyType, site.ShortStringHelper.CleanStringForSafeAlias(container.Name!), container.Name);
        }

        foreach (var templateKey in model.AllowedTemplateKeys)
        {
            var template = site.Templates[templateKey];
            contentType.AllowedTemplates = contentType.AllowedTemplates!.Append(template).ToArray();
            if (templateKey == model.DefaultTemplateKey)
            {
                contentType.SetDefaultTemplate(template);
            }
        }

        return contentType;
    }

    public static IShortStringHelper CreateShortStringHelper() =>
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));
}
