namespace CarePages.Core.Xliff;

/// <summary>
/// What a unit's source and target hold on export, the same for every XLIFF version: the source's content, and
/// the existing translation, or a copy of the source when the job asks for one, or no target.
/// </summary>
/// <param name="Source">The source content.</param>
/// <param name="Target">The target content, or null when the unit goes without a target.</param>
/// <param name="TargetIsTranslation">True when the target is an existing translation, false for a copy of the source.</param>
internal sealed record UnitContent(IReadOnlyList<InlineNode> Source, IReadOnlyList<InlineNode>? Target, bool TargetIsTranslation)
{
    /// <summary>The content of <paramref name="unit"/> in <paramref name="job"/>'s export.</summary>
    public static UnitContent For(PlannedUnit unit, ExistingTargets targets, XliffExportJob job)
    {
        IReadOnlyList<InlineNode> source = unit.Kind == PlannedUnitKind.RichBlock ? InlineContent.Of(unit.Run!) : [new InlineText(unit.PlainSource)];
        var existing = targets.For(unit);
        if (existing is not null)
        {
            IReadOnlyList<InlineNode> target = existing.Run is { } run ? InlineContent.Of(run) : [new InlineText(existing.Text)];
            return new UnitContent(source, target, TargetIsTranslation: true);
        }

        return new UnitContent(source, job.CopySourceToTarget ? source : null, TargetIsTranslation: false);
    }
}
