namespace CarePages.Core.Xliff;

/// <summary>
/// The trans-units of one document, derived from its source values. The writer writes them; the importer
/// derives them again from the job to know which units exist and to rebuild rich text into a fresh skeleton.
/// </summary>
internal sealed class DocumentPlan
{
    private readonly Dictionary<string, PlannedUnit> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SegmentedHtml> richFields = new(StringComparer.Ordinal);

    public DocumentPlan(XliffExportDocument document)
    {
        Document = document;
        foreach (var field in document.Units)
        {
            foreach (var unit in UnitsOf(field))
            {
                if (!byId.TryAdd(unit.Id, unit))
                {
                    throw new ArgumentException($"Document {document.Key}: two units have the id \"{unit.Id}\".", nameof(document));
                }

                Units.Add(unit);
            }
        }
    }

    /// <summary>The document the plan is for.</summary>
    public XliffExportDocument Document { get; }

    /// <summary>The units in file order.</summary>
    public List<PlannedUnit> Units { get; } = [];

    /// <summary>The unit with <paramref name="id"/>, or null when the document has none.</summary>
    public PlannedUnit? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The split source of a rich-text field.</summary>
    public SegmentedHtml RichField(XliffExportUnit field) => richFields[field.FieldPath];

    private IEnumerable<PlannedUnit> UnitsOf(XliffExportUnit field)
    {
        if (field.Kind == XliffFieldKind.PlainText)
        {
            yield return new PlannedUnit(field.Id, PlannedUnitKind.PlainField, field);
            yield break;
        }

        var split = SegmentedHtml.Split(field.Source, field.Id);
        richFields[field.FieldPath] = split;
        foreach (var run in split.Runs)
        {
            if (run.HasText)
            {
                yield return new PlannedUnit(run.UnitId, PlannedUnitKind.RichBlock, field, run);
            }

            foreach (var attribute in split.Attributes.Where(a => ReferenceEquals(a.Run, run)))
            {
                yield return new PlannedUnit(attribute.UnitId, PlannedUnitKind.Attribute, field, run, attribute);
            }
        }
    }
}
