using System.Globalization;
using System.Text.Json;
using CarePages.Core.Schema;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Documents;

/// <summary>
/// Turns what Umbraco stores for a property (its source value, from published content or a draft) into the
/// JSON value shape of the Management API, which <see cref="Core.Documents.CultureDocumentFactory"/> reads.
/// </summary>
internal static class SourceValueJson
{
    /// <param name="kind">The field's kind.</param>
    /// <param name="source">The stored value.</param>
    /// <param name="converted">For published rich text, the converted value with links and blocks resolved; otherwise null.</param>
    public static JsonElement? From(FieldKind kind, object? source, object? converted)
    {
        if (source is null)
        {
            return null;
        }

        return kind switch
        {
            // The converted value has local links and blocks resolved for the published page; a draft
            // stores {"markup": …, "blocks": …} or, for legacy values, plain HTML.
            FieldKind.RichText => converted is IHtmlEncodedString html ? Serialize(html.ToHtmlString()) : RichText(source.ToString()),
            FieldKind.Date when source is DateTime date => Serialize(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            FieldKind.Picker => source.ToString() is { } picked && picked.TrimStart().StartsWith('[')
                ? ParseJsonOrString(picked)
                : Serialize(PickedKeys(source.ToString())),
            FieldKind.Choice or FieldKind.Blocks => ParseJsonOrString(source.ToString()),
            _ => Serialize(source.ToString()),
        };
    }

    // Pickers store comma-separated UDIs: umb://document/<key without hyphens>; values written in the
    // Management API's shape ([{"type":"document","unique":…}]) are passed on as they are.
    private static string[] PickedKeys(string? udis) => (udis ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(udi => udi[(udi.LastIndexOf('/') + 1)..])
        .ToArray();

    private static JsonElement? RichText(string? text) =>
        text is not null && text.TrimStart().StartsWith('{') ? ParseJsonOrString(text) : Serialize(text);

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
