namespace CarePages.Core.Xliff;

/// <summary>
/// The current target-culture values of a document, lined up with its units. A rich-text target is used only
/// when it splits into the same blocks with the same codes as the source; otherwise its units go without one.
/// </summary>
internal sealed class ExistingTargets
{
    private readonly Dictionary<string, ExistingTarget> byUnitId = new(StringComparer.Ordinal);

    public ExistingTargets(DocumentPlan plan)
    {
        foreach (var field in plan.Document.Units.Where(f => !string.IsNullOrWhiteSpace(f.ExistingTarget)))
        {
            if (field.Kind == XliffFieldKind.PlainText)
            {
                byUnitId[field.Id] = new ExistingTarget(field.ExistingTarget!, null);
                continue;
            }

            var source = plan.RichField(field);
            var target = SegmentedHtml.Split(field.ExistingTarget!, field.Id);
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
