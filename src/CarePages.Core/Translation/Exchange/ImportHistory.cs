using CarePages.Core.Documents;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// What earlier imports and edits mean for a file coming back: a file imported again changes nothing, and an older
/// file must not silently replace translations made after it was exported. Import entries in the audit trail name
/// their job, so a corrected file of the same job may replace its own earlier import.
/// </summary>
internal static class ImportHistory
{
    /// <summary>
    /// True when the draft already holds every translation in the file and every field's state already records a
    /// translation made from the same source: the file was imported before.
    /// </summary>
    public static bool IsReplay(PreparedImport prepared, TranslationDocumentPlan plan) =>
        prepared.ChangesNothing
        && plan.Stored.Select((state, i) => (state, i)).All(x =>
            x.state.Status is TranslationStatus.Translated or TranslationStatus.InReview or TranslationStatus.Approved
            && x.state.SourceFingerprint == prepared.Pairs[x.i].TranslatedFrom);

    /// <summary>The plan's import entries, naming <paramref name="job"/>.</summary>
    public static TranslationDocumentPlan NamingJob(TranslationDocumentPlan plan, TranslationJob job) => plan with
    {
        Entries = plan.Entries.Select(e => e.Action == TranslationAction.Import ? e with { Details = $"{e.Details} {Tag(job)}" } : e).ToArray(),
    };

    /// <summary>
    /// The fields whose translation was imported from another job or edited after <paramref name="job"/> was exported,
    /// and which the file would change, with both translations.
    /// </summary>
    public static IReadOnlyList<(FieldPath Path, TranslationDiff Diff)> NewerTranslations(TranslationJob job, PreparedImport prepared, IReadOnlyList<TranslationAuditEntry> trail)
    {
        var newer = trail
            .Where(e => e.Path is not null
                && string.Equals(e.Culture, job.TargetCulture, StringComparison.OrdinalIgnoreCase)
                && e.At > job.CreatedAt
                && (e.Action == TranslationAction.Edit || (e.Action == TranslationAction.Import && e.Details?.EndsWith(Tag(job), StringComparison.Ordinal) != true)))
            .GroupBy(e => e.Path!)
            .ToDictionary(g => g.Key, g => g.Last());
        if (newer.Count == 0)
        {
            return [];
        }

        var draft = CultureDocumentFactory.Create(prepared.Draft, job.TargetCulture);
        var updated = CultureDocumentFactory.Create(prepared.Updated, job.TargetCulture);
        return prepared.Pairs
            .Select(p => p.Unit.Path)
            .Where(newer.ContainsKey)
            .Select(path => (path, InDraft: TranslatableUnits.TextAt(draft, path) ?? string.Empty, InFile: TranslatableUnits.TextAt(updated, path) ?? string.Empty))
            .Where(x => x.InDraft != x.InFile)
            .Select(x => (x.path, new TranslationDiff(x.InDraft, x.InFile, newer[x.path].Actor, newer[x.path].At)))
            .ToArray();
    }

    private static string Tag(TranslationJob job) => $"(job {job.JobId})";
}
