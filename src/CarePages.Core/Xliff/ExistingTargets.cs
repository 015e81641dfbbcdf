namespace CarePages.Core.Xliff;

/// <summary>
/// Whole-field values of a document in the target culture, lined up with its units: the current translations
/// (<see cref="XliffExportUnit.ExistingTarget"/>), or the machine drafts. A rich-text value is used only when it splits
/// into the same blocks with the same codes as the source; otherwise its units go without one.
/// </summary>
internal sealed class ExistingTargets
{
    private readonly Dictionary<string, ExistingTarget> byUnitId = new(StringComparer.Ordinal);

    /// <summary>The values <paramref name="valueOf"/> gives <paramref name="plan"/>'s fields (null: none).</summary>
    public ExistingTargets(DocumentPlan plan, Func<XliffExportUnit, string?> valueOf)
    {
        foreach (var (field, value) in plan.Document.Units.Select(f => (f, valueOf(f))).Where(p => !string.IsNullOrWhiteSpace(p.Item2)))
        {
            if (field.Kind == XliffFieldKind.PlainText)
            {
                byUnitId[field.Id] = new ExistingTarget(value!, null);
                continue;
            }

            var source = plan.RichField(field);
            var target = SegmentedHtml.Split(value!, field.Id);
            if (!LineUp(source, target))
            {
                continue;
            }

            foreach (var run in target.Runs.Where(r => r.HasText))
            {
                byUnitId[run.UnitId] = new ExistingTarget(string.Empty, run);
            }

            foreach (var attribute in target.Attributes)
            {
                byUnitId[attribute.UnitId] = new ExistingTarget(attribute.Value, null);
            }
        }
    }

    /// <summary>The existing target of <paramref name="unit"/>, or null.</summary>
    public ExistingTarget? For(PlannedUnit unit) => byUnitId.GetValueOrDefault(unit.Id);

    private static bool LineUp(SegmentedHtml source, SegmentedHtml target) =>
        source.Runs.Count == target.Runs.Count
        && source.Attributes.Select(a => a.UnitId).SequenceEqual(target.Attributes.Select(a => a.UnitId), StringComparer.Ordinal)
        && source.Runs.Zip(target.Runs).All(p => p.First.HasText == p.Second.HasText && p.First.CodeSignature() == p.Second.CodeSignature());
}
