using System.Text.Json;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>
/// Builds the real Umbraco <see cref="Content"/> a create model produces. Umbraco's own model refuses
/// unknown aliases and values whose culture does not fit the property's variation; those refusals are
/// reported with the status Umbraco's editing service uses for them.
/// </summary>
internal static class ContentFromModel
{
    public static ContentEditingOperationStatus TryBuild(ContentCreateModel model, FakeUmbracoSite site, out IContent? content)
    {
        content = null;
        if (!site.ContentTypes.TryGetValue(model.ContentTypeKey, out var contentType))
        {
            return ContentEditingOperationStatus.ContentTypeNotFound;
        }

        var parentId = -1;
        if (model.ParentKey is { } parentKey)
        {
            if (!site.Documents.TryGetValue(parentKey, out var parent))
            {
                return ContentEditingOperationStatus.ParentNotFound;
            }

            parentId = parent.Id;
        }

        var created = new Content(model.Variants.First().Name, parentId, contentType) { Key = model.Key ?? Guid.NewGuid(), Id = site.Documents.Count + 5000 };
        foreach (var variant in model.Variants)
        {
            if (contentType.VariesByCulture() != (variant.Culture is not null))
            {
                return ContentEditingOperationStatus.ContentTypeCultureVarianceMismatch;
            }

            created.SetCultureName(variant.Name, variant.Culture);
        }

        foreach (var value in model.Properties)
        {
            if (!created.HasProperty(value.Alias))
            {
                return ContentEditingOperationStatus.PropertyTypeNotFound;
            }

            try
            {
                created.SetValue(value.Alias, AsStored(value.Value), value.Culture, value.Segment);
            }
            catch (NotSupportedException)
            {
                return ContentEditingOperationStatus.PropertyTypeCultureVarianceMismatch;
            }
        }

        content = created;
        return ContentEditingOperationStatus.Success;
    }

    // The JSON-based editors (dropdown, pickers, block list, rich text) store their editor value as JSON text.
    private static object? AsStored(object? value) => value is null or string or DateTime ? value : JsonSerializer.Serialize(value);
}
