namespace CarePages.Core.Xliff;

/// <summary>One trans-unit a document's export holds, and what it stands for.</summary>
/// <param name="Id">The trans-unit id.</param>
/// <param name="Kind">Whole plain field, rich-text block or attribute.</param>
/// <param name="Field">The field it belongs to.</param>
/// <param name="Run">The block, for block and attribute units.</param>
/// <param name="Attribute">The attribute, for attribute units.</param>
internal sealed record PlannedUnit(string Id, PlannedUnitKind Kind, XliffExportUnit Field, TextRun? Run = null, TranslatableAttribute? Attribute = null)
{
    /// <summary>The plain source text of plain-field and attribute units.</summary>
    public string PlainSource => Attribute?.Value ?? Field.Source;

    /// <summary>True when the unit carries plain text only (no inline codes).</summary>
    public bool IsPlain => Kind != PlannedUnitKind.RichBlock;

    /// <summary>What translators read in the unit's note.</summary>
    public string Note()
    {
        var label = Field.Note ?? Field.FieldPath;
        return Kind switch
        {
            PlannedUnitKind.RichBlock => $"{label}: block {Run!.Index}.",
            PlannedUnitKind.Attribute => $"{label}: block {Run!.Index}, {Attribute!.Name} text of {Attribute.Code.Describe()}.",
            _ => Field.MaxLength is { } max ? $"{label}. At most {max} characters." : $"{label}.",
        };
    }
}
