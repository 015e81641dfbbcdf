namespace CarePages.Core.Xliff;

/// <summary>
/// What a unit's source and target hold on export, the same for every XLIFF version: the source's content, and
/// the existing translation, or a copy of the source when the job asks for one, or no target; and the candidates a
/// translator's tool shows beside it.
/// </summary>
/// <param name="Source">The source content.</param>
/// <param name="Target">The target content, or null when the unit goes without a target.</param>
/// <param name="TargetIsTranslation">True when the target is an existing translation, false for a copy of the source.</param>
/// <param name="Candidates">Memory matches, best first, then the machine draft; empty when there are none.</param>
internal sealed record UnitContent(IReadOnlyList<InlineNode> Source, IReadOnlyList<InlineNode>? Target, bool TargetIsTranslation, IReadOnlyList<UnitCandidate> Candidates)
{
    /// <summary>Each unit of <paramref name="plan"/> in file order, with its content in <paramref name="job"/>'s export.</summary>
    public static IEnumerable<(PlannedUnit Unit, UnitContent Content)> Of(DocumentPlan plan, XliffExportJob job)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var targets = new ExistingTargets(plan, field => field.ExistingTarget);
        var drafts = new ExistingTargets(plan, field => field.MachineDraft?.Value);
        foreach (var unit in plan.Units)
        {
            yield return (unit, For(unit, targets, drafts, job));
        }
    }

    private static UnitContent For(PlannedUnit unit, ExistingTargets targets, ExistingTargets drafts, XliffExportJob job)
    {
        IReadOnlyList<InlineNode> source = unit.Kind == PlannedUnitKind.RichBlock ? InlineContent.Of(unit.Run!) : [new InlineText(unit.PlainSource)];
        var candidates = unit.Field.MemoryMatches
            .Where(m => m.UnitId == unit.Id)
            .Select(m => new UnitCandidate(UnitCandidateKind.TranslationMemory, XliffMemoryMatch.Origin, m.Score, [new InlineText(m.SourceText)], [new InlineText(m.TargetText)]))
            .ToList();
        if (drafts.For(unit) is { } draft)
        {
            candidates.Add(new UnitCandidate(UnitCandidateKind.MachineTranslation, unit.Field.MachineDraft!.Origin, null, source, draft.Content));
        }

        if (targets.For(unit) is { } existing)
        {
            return new UnitContent(source, existing.Content, TargetIsTranslation: true, candidates);
        }

        return new UnitContent(source, job.CopySourceToTarget ? source : null, TargetIsTranslation: false, candidates);
    }
}
