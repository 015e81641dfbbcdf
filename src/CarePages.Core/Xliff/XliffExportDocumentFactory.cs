using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.Xliff;

/// <summary>
/// Builds the export view of a CarePages document: every translatable, non-empty field of the source culture
/// (block element fields as <c>blocksAlias/elementKey/alias</c>), labelled with the field's name and length limit.
/// </summary>
public static class XliffExportDocumentFactory
{
    /// <summary>The field path of the node name, which is the page's title in each culture.</summary>
    public const string NamePath = "@name";

    /// <summary>
    /// The export document for <paramref name="source"/>; <paramref name="target"/>, when given, supplies the
    /// existing translations.
    /// </summary>
    public static XliffExportDocument Create(CultureDocument source, CultureDocument? target = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var units = new List<XliffExportUnit>
        {
            new() { FieldPath = NamePath, Kind = XliffFieldKind.PlainText, Source = source.Name, ExistingTarget = target?.Name, Note = "Page name" },
        };
        AddFields(units, string.Empty, source.ContentTypeAlias, source.Fields, target?.Fields);
        return new XliffExportDocument { Key = source.Key, ContentTypeAlias = source.ContentTypeAlias, Name = source.Name, Units = units };
    }

    private static void AddFields(List<XliffExportUnit> units, string prefix, string typeAlias, IReadOnlyList<DocumentField> fields, IReadOnlyList<DocumentField>? targetFields)
    {
        var type = CarePagesSchema.FindContentType(typeAlias);
        var properties = type is null ? [] : CarePagesSchema.AllProperties(type).ToDictionary(p => p.Alias, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var definition = properties.GetValueOrDefault(field.Alias);
            var targetField = targetFields?.FirstOrDefault(f => f.Alias == field.Alias);
            if (field.Kind == FieldKind.Blocks)
            {
                foreach (var element in field.Elements)
                {
                    var targetElement = targetField?.Elements.FirstOrDefault(e => e.Key == element.Key);
                    AddFields(units, $"{prefix}{field.Alias}/{element.Key:D}/", element.ContentTypeAlias, element.Fields, targetElement?.Fields);
                }

                continue;
            }

            if (definition is not { IsTranslatable: true } || string.IsNullOrWhiteSpace(field.Text))
            {
                continue;
            }

            units.Add(new XliffExportUnit
            {
                FieldPath = prefix + field.Alias,
                Kind = field.Kind == FieldKind.RichText ? XliffFieldKind.RichText : XliffFieldKind.PlainText,
                Source = field.Text,
                ExistingTarget = targetField?.Text,
                MaxLength = definition.MaxLength,
                Note = definition.Name,
            });
        }
    }
}
