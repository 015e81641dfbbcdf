using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.MarkdownExchange;

/// <summary>The fields a translator works on in one document: its name, its culture-variant text fields, and the culture-variant text fields of its blocks.</summary>
public static class TranslatableFields
{
    /// <summary>The translatable fields of <paramref name="document"/>, in definition order, empty ones included.</summary>
    public static IReadOnlyList<ExchangeField> Of(CultureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = new List<ExchangeField> { new(ExchangeField.NodeName, "Page name", FieldKind.PlainText, null, document.Name) };
        fields.AddRange(Of(document.ContentTypeAlias, document.Fields, string.Empty));
        return fields;
    }

    private static IEnumerable<ExchangeField> Of(string contentTypeAlias, IEnumerable<DocumentField> fields, string prefix)
    {
        var type = CarePagesSchema.FindContentType(contentTypeAlias);
        var definitions = type is null ? [] : CarePagesSchema.AllProperties(type).ToDictionary(p => p.Alias, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var definition = definitions.GetValueOrDefault(field.Alias);
            if (field.VariesByCulture && field.Kind is FieldKind.PlainText or FieldKind.MultilineText or FieldKind.RichText)
            {
                yield return new ExchangeField(prefix + field.Alias, definition?.Name ?? field.Alias, field.Kind, definition?.MaxLength, field.Text ?? string.Empty);
            }

            foreach (var element in field.Elements)
            {
                foreach (var nested in Of(element.ContentTypeAlias, element.Fields, $"{prefix}{field.Alias}/{element.Key}/"))
                {
                    yield return nested;
                }
            }
        }
    }
}
