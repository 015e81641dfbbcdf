using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.Translation.Units;

/// <summary>Lists the fields translators work on in a document written in its source culture.</summary>
public static class TranslatableUnits
{
    /// <summary>
    /// The node name (<see cref="FieldPath.NodeName"/>), then every culture-variant text field (plain, multiline, rich text) of <paramref name="source"/> that holds text,
    /// in definition order, followed at each block field by the text fields of its blocks in layout order.
    /// Empty fields are left out: there is nothing to translate. Blocks are walked whether the block field itself
    /// varies by culture or not, because their element properties carry the culture (block-level variance).
    /// </summary>
    public static IReadOnlyList<TranslatableUnit> Of(CultureDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var units = new List<TranslatableUnit>();
        if (!string.IsNullOrWhiteSpace(source.Name))
        {
            units.Add(NameUnit(source));
        }

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

    /// <summary>
    /// The text at <paramref name="path"/> in <paramref name="document"/> (any culture): the node name, a field, or a
    /// field of the block with the path's key; null when the document has no such field or it is empty.
    /// </summary>
    public static string? TextAt(CultureDocument document, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        if (path == FieldPath.NodeName)
        {
            return document.Name;
        }

        var fields = document.Fields;
        var rest = path.Value;
        while (true)
        {
            var bracket = rest.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                return fields.FirstOrDefault(f => f.Alias == rest)?.Text;
            }

            var close = rest.IndexOf(']', bracket);
            var blockField = fields.FirstOrDefault(f => f.Alias == rest[..bracket]);
            var element = Guid.TryParse(rest[(bracket + 1)..close], out var key) ? blockField?.Elements.FirstOrDefault(e => e.Key == key) : null;
            if (element is null || close + 2 > rest.Length)
            {
                return null;
            }

            fields = element.Fields;
            rest = rest[(close + 2)..];
        }
    }

    private static TranslatableUnit NameUnit(CultureDocument source) => new()
    {
        DocumentKey = source.Key,
        ContentTypeAlias = source.ContentTypeAlias,
        SourceCulture = source.Culture,
        Path = FieldPath.NodeName,
        Name = "Page name",
        Kind = FieldKind.PlainText,
        SourceText = source.Name,
    };

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

    /// <summary>
    /// The units of <paramref name="document"/>'s <paramref name="sourceCulture"/> version, or null when there is no
    /// document, it has no such version, or that version cannot be read.
    /// </summary>
    public static IReadOnlyList<TranslatableUnit>? OfSource(MultiCultureDocument? document, string sourceCulture)
    {
        if (document?.NameIn(sourceCulture) is null)
        {
            return null;
        }

        try
        {
            return Of(CultureDocumentFactory.Create(document, sourceCulture));
        }
        catch (DocumentShapeException)
        {
            return null;
        }
    }
}
