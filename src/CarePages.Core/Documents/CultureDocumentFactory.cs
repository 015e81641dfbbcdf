using System.Text.Json;
using CarePages.Core.Schema;

namespace CarePages.Core.Documents;

/// <summary>Turns a stored multi-culture document into the document as seen in one culture.</summary>
public static class CultureDocumentFactory
{
    /// <summary>
    /// Creates the <paramref name="culture"/> view of <paramref name="request"/>: variant fields take that
    /// culture's value, invariant fields the shared one.
    /// </summary>
    /// <exception cref="DocumentShapeException">The request names an unknown type or holds a malformed value.</exception>
    public static CultureDocument Create(MultiCultureDocument request, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        var where = $"document {request.Id}";
        var type = CarePagesSchema.FindContentType(request.DocumentType.Id)
            ?? throw new DocumentShapeException($"{where}: document type {request.DocumentType.Id} is not a CarePages type.");
        var name = request.NameIn(culture)
            ?? throw new DocumentShapeException($"{where}: has no variant in culture {culture}.");

        var fields = CarePagesSchema.AllProperties(type)
            .Select(p => FieldValueReader.Read(p, ValueOf(request, p, culture), culture, $"{where} ({culture}).{p.Alias}"))
            .ToArray();

        return new CultureDocument
        {
            Key = request.Id,
            ParentKey = request.Parent?.Id,
            ContentTypeAlias = type.Alias,
            Culture = request.Variants.First(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase)).Culture!,
            Name = name,
            Fields = fields,
        };
    }

    /// <summary>
    /// Reads <paramref name="document"/> culture by culture, each culture once however often it is asked for (a translation's
    /// checks read its source again): null for a culture the document does not have.
    /// </summary>
    public static Func<string, CultureDocument?> CachedReader(MultiCultureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cache = new Dictionary<string, CultureDocument?>(StringComparer.OrdinalIgnoreCase);
        return culture => cache.TryGetValue(culture, out var read)
            ? read
            : cache[culture] = document.NameIn(culture) is null ? null : Create(document, culture);
    }

    private static JsonElement? ValueOf(MultiCultureDocument request, PropertyDefinition property, string culture) =>
        request.Values.FirstOrDefault(v => v.Alias == property.Alias
            && (property.VariesByCulture ? string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase) : v.Culture is null))
            ?.Value;
}
