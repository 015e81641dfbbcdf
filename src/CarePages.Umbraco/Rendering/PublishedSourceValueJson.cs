using System.Globalization;
using System.Text.Json;
using CarePages.Core.Schema;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Rendering;

/// <summary>
/// Turns what Umbraco stores for a property (its source value) into the JSON value shape of the
/// Management API, which <see cref="Core.Documents.CultureDocumentFactory"/> reads.
/// </summary>
internal static class PublishedSourceValueJson
{
    public static JsonElement? From(FieldKind kind, object? source, object? converted)
    {
        if (source is null)
        {
            return null;
        }

        return kind switch
        {
            // The converted value has local links and blocks resolved for the published page.
            FieldKind.RichText => Serialize(converted is IHtmlEncodedString html ? html.ToHtmlString() : source.ToString()),
            FieldKind.Date when source is DateTime date => Serialize(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            FieldKind.Picker => Serialize(PickedKeys(source.ToString())),
            FieldKind.Choice or FieldKind.Blocks => ParseJsonOrString(source.ToString()),
            _ => Serialize(source.ToString()),
        };
    }

    // Pickers store comma-separated UDIs: umb://document/<key without hyphens>.
    private static string[] PickedKeys(string? udis) => (udis ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(udi => udi[(udi.LastIndexOf('/') + 1)..])
        .ToArray();

    private static JsonElement? ParseJsonOrString(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return Serialize(text);
        }
    }

    private static JsonElement Serialize<T>(T value) => JsonSerializer.SerializeToElement(value);
}
