using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// The translation states of a generated document, worked out with the workflow's own rules
/// (<see cref="FieldTranslationRules"/>: each step checked, applied and stamped as <c>TranslationWorkflowService</c> does)
/// without a read and a save per field, so that a whole site's states can be saved in bulk. Per target culture the
/// document has: every field written and sent for review by the culture's translator and approved by the reviewer;
/// in the plan's culture only sent for review, or only exported, when its <see cref="TranslationProgress"/> says so;
/// for <see cref="SiteDefect.OutdatedTranslation"/>, the first two fields approved from an earlier source, so Outdated.
/// </summary>
public static class GeneratedStates
{
    private const int OutdatedFields = 2;
    /// <summary>When the first document's translations were approved; each next document's a minute later.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The states of <paramref name="document"/> in those of <paramref name="cultures"/> it has.</summary>
    public static IEnumerable<FieldTranslationState> Of(MultiCultureDocument document, DocumentPlan plan, IEnumerable<string> cultures)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(plan);
        var units = TranslatableUnits.Of(CultureDocumentFactory.Create(document, GeneratedSite.SourceCulture));
        var outdated = plan.Defect == SiteDefect.OutdatedTranslation
            ? units.Where(u => u.Path != FieldPath.NodeName).Take(OutdatedFields).Select(u => u.Path).ToHashSet()
            : [];
        var at = Start.AddMinutes(plan.Index);
        foreach (var culture in cultures.Where(c => document.NameIn(c) is not null))
        {
            var translator = GeneratedSiteTeam.Translators[culture];
            var steps = (string.Equals(culture, plan.Culture, StringComparison.OrdinalIgnoreCase) ? plan.Progress : TranslationProgress.Approved) switch
            {
                TranslationProgress.InReview => new[] { (TranslationAction.Edit, translator), (TranslationAction.SubmitForReview, translator) },
                TranslationProgress.InTranslation => [(TranslationAction.Export, translator)],
                _ => [(TranslationAction.Edit, translator), (TranslationAction.SubmitForReview, translator), (TranslationAction.Approve, GeneratedSiteTeam.Reviewer)],
            };
            foreach (var unit in units)
            {
                yield return outdated.Contains(unit.Path)
                    ? FieldTranslationRules.ObserveSource(Run(unit with { SourceText = EarlierSource(unit) }, culture, steps, at), unit)
                    : Run(unit, culture, steps, at);
            }
        }
    }

    private static FieldTranslationState Run(TranslatableUnit unit, string culture, IEnumerable<(TranslationAction Action, TranslationActor Actor)> steps, DateTimeOffset at)
    {
        var state = FieldTranslationState.Untranslated(unit.DocumentKey, culture, unit.Path);
        foreach (var (action, actor) in steps)
        {
            var observed = FieldTranslationRules.ObserveSource(state, unit);
            var refusal = actor.MayWorkOn(culture) ? FieldTranslationRules.Refusal(action, observed, actor) : TranslationOperationStatus.CultureNotAllowed;
            if (refusal != TranslationOperationStatus.Success)
            {
                throw new InvalidOperationException($"{action} by {actor.UserKey} on {unit.DocumentKey} {culture} {unit.Path.Value}: {refusal}.");
            }

            state = FieldTranslationRules.Apply(action, observed, unit) with { ChangedBy = actor.Reference, ChangedAt = at };
            if (action is TranslationAction.Edit or TranslationAction.Import)
            {
                state = state with { TranslatedBy = actor.Reference };
            }
        }

        return state;
    }

    // The source before the editor's last change: a sentence they have since removed.
    private static string EarlierSource(TranslatableUnit unit) => unit.Kind == FieldKind.RichText
        ? "<p>Please phone the clinic before you come.</p>" + unit.SourceText
        : unit.SourceText + " Please phone the clinic first.";
}
