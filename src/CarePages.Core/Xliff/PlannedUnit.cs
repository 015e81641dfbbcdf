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

    /// <summary>The unit's source text without codes: a block's text, or <see cref="PlainSource"/>.</summary>
    public string PlainText => Kind == PlannedUnitKind.RichBlock ? string.Concat(Run!.Nodes.Select(n => n.TextContent)) : PlainSource;

    /// <summary>True when the unit carries plain text only (no inline codes).</summary>
    public bool IsPlain => Kind != PlannedUnitKind.RichBlock;

    /// <summary>The length limit in characters, for plain fields that have one.</summary>
    public int? MaxLength => Kind == PlannedUnitKind.PlainField ? Field.MaxLength : null;

    /// <summary>What the unit is for translators: the field's name, and for rich text the block and code.</summary>
    public string Label(InlineVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var label = Field.Note ?? Field.FieldPath;
        return Kind switch
        {
            PlannedUnitKind.RichBlock => $"{label}: block {Run!.Index}.",
            PlannedUnitKind.Attribute => $"{label}: block {Run!.Index}, {Attribute!.Name} text of {vocabulary.Describe(Attribute.Code)}.",
            _ => $"{label}.",
        };
    }

    /// <summary>The length limit as told to translators, or null when the unit has none.</summary>
    public string? LimitNote => MaxLength is { } max ? $"At most {max} characters." : null;

    /// <summary>The field's glossary notes whose term this unit's text uses.</summary>
    public IEnumerable<string> GlossaryNotes
    {
        get
        {
            var text = PlainText;
            return Field.Glossary.Where(g => text.Contains(g.SourceTerm, StringComparison.OrdinalIgnoreCase)).Select(g => g.Text);
        }
    }

    /// <summary>The label and the limit in one note (XLIFF 1.2 has one note per unit).</summary>
    public string Note(InlineVocabulary vocabulary) => LimitNote is { } limit ? $"{Label(vocabulary)} {limit}" : Label(vocabulary);
}
