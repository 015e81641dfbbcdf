using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.Translation.Units;

/// <summary>Lists the fields translators work on in a document written in its source culture.</summary>
public static class TranslatableUnits
{
    /// <summary>
    /// Every culture-variant text field (plain, multiline, rich text) of <paramref name="source"/> that holds text,
    /// in definition order, followed at each block field by the text fields of its blocks in layout order.
    /// Empty fields are left out: there is nothing to translate. Blocks are walked whether the block field itself
    /// varies by culture or not, because their element properties carry the culture (block-level variance).
    /// </summary>
    public static IReadOnlyList<TranslatableUnit> Of(CultureDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var units = new List<TranslatableUnit>();
        Collect(source, source.ContentTypeAlias, source.Fields, path: null, units);
        return units;
    }

    private static void Collect(CultureDocument source, string typeAlias, IReadOnlyList<DocumentField> fields, FieldPath? path, List<TranslatableUnit> units)
    {
        var properties = PropertiesOf(typeAlias);
        foreach (var field in fields)
        {
            var fieldPath = path is null ? FieldPath.Of(field.Alias) : path.Property(field.Alias);
            if (field.Kind == FieldKind.Blocks)
            {
                foreach (var element in field.Elements)
                {
                    Collect(source, element.ContentTypeAlias, element.Fields, fieldPath.Element(element.Key), units);
                }
            }
            else if (IsTranslatableText(field) && properties.TryGetValue(field.Alias, out var property))
            {
                units.Add(Unit(source, fieldPath, property, field.Text!));
            }
        }
    }

    private static bool IsTranslatableText(DocumentField field) =>
        field.VariesByCulture
        && field.Kind is FieldKind.PlainText or FieldKind.MultilineText or FieldKind.RichText
        && !string.IsNullOrWhiteSpace(field.Text);

    private static Dictionary<string, PropertyDefinition> PropertiesOf(string typeAlias) =>
        CarePagesSchema.FindContentType(typeAlias) is { } type
            ? CarePagesSchema.AllProperties(type).ToDictionary(p => p.Alias, StringComparer.Ordinal)
            : [];

    private static TranslatableUnit Unit(CultureDocument source, FieldPath path, PropertyDefinition property, string text) => new()
    {
        DocumentKey = source.Key,
        ContentTypeAlias = source.ContentTypeAlias,
        SourceCulture = source.Culture,
        Path = path,
        Name = property.Name,
        Kind = property.Kind,
        MaxLength = property.MaxLength,
        SourceText = text,
    };
}
