using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Xliff;

/// <summary>
/// Builds the export view of a CarePages document from its translatable units (<see cref="TranslatableUnits"/>): the
/// node name and every translatable, non-empty field of the source culture, block fields included, each labelled with
/// the field's name and length limit and identified by its <see cref="FieldPath"/>.
/// </summary>
internal static class XliffExportDocumentFactory
{
    /// <summary>The field path of the node name, which is the page's title in each culture.</summary>
    public static string NamePath => FieldPath.NodeName.Value;

    /// <summary>
    /// The export document for <paramref name="source"/>; <paramref name="target"/>, when given, supplies the
    /// existing translations.
    /// </summary>
    public static XliffExportDocument Create(CultureDocument source, CultureDocument? target = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var units = TranslatableUnits.Of(source).Select(unit => new XliffExportUnit
        {
            FieldPath = unit.Path.Value,
            Kind = XliffFieldKinds.Of(unit.Kind),
            Source = unit.SourceText,
            ExistingTarget = target is null ? null : TranslatableUnits.TextAt(target, unit.Path),
            MaxLength = unit.MaxLength,
            Note = unit.Name,
        }).ToList();
        return new XliffExportDocument { Key = source.Key, ContentTypeAlias = source.ContentTypeAlias, Name = source.Name, Units = units };
    }
}
