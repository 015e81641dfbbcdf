using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Imports a returned translation file: the job it names must exist and be in the user's languages; each document is
/// then applied all or nothing, as a draft (never published), with every field recorded as Translated, or as needing
/// review with the source diff when the source changed after export. Where the glossary of the job's language pair
/// requires a term the translation lacks, the field's report warns (never refuses).
/// </summary>
public sealed class TranslationImportService(
    IDraftContentStore content,
    ITranslationJobStore jobs,
    TranslationWorkflowService workflow,
    TranslationExchangeOptions options,
    IGlossaryStore? glossaries = null)
{
    /// <summary>
    /// Imports <paramref name="file"/> for <paramref name="actor"/>. A file imported before changes nothing; fields
    /// translated again after the file was exported keep their newer translation unless
    /// <paramref name="replaceNewerTranslations"/> confirms the file should replace them.
    /// </summary>
    public async Task<TranslationImportReport> ImportAsync(Stream file, TranslationActor actor, bool replaceNewerTranslations = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        var bytes = await BoundedRead.ReadAsync(file, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TranslationImportReport.Refused(TranslationImportStatus.FileTooLarge, null, ExchangeNote.Keyed(ImportMessages.FileTooLarge, ("limit", options.MaxFileBytes)));
        }

        var identity = ExchangeFileIdentity.Read(bytes);
        var (found, refusal) = await FindJobAsync(identity, actor, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var job = found!;
        var (documents, fileRefusal) = ReturnedFileReader.Read(bytes, job, identity, options, cancellationToken);
        if (fileRefusal is not null)
        {
            return fileRefusal;
        }

        var glossary = glossaries is null ? null : await glossaries.GetAsync(new LanguagePair(job.SourceCulture, job.TargetCulture), cancellationToken).ConfigureAwait(false);
        var reports = new List<DocumentImportReport>();
        foreach (var document in documents)
        {
            reports.Add(await ApplyTranslatedAsync(job, document, actor, glossary, replaceNewerTranslations, cancellationToken).ConfigureAwait(false));
        }

        var status = ImportStatusDecision.Of(reports);
        return new TranslationImportReport(status, job.JobId, job.TargetCulture, [], reports);
    }

    /// <summary>
    /// <paramref name="report"/> with the names people read: each document's name (in the job's target culture when it
    /// has one, else the source culture's), each field's label and the fixed reasons in <paramref name="uiCulture"/>, and
    /// rich-text diffs as readable text. Paths, keys and reason keys stay for machines.
    /// </summary>
    public async Task<TranslationImportReport> LabelAsync(TranslationImportReport report, string uiCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var documents = await DocumentReportLabels.LabelAsync(content, options.SourceCulture, report.Documents, report.TargetCulture, uiCulture, cancellationToken).ConfigureAwait(false);
        return report.MessagesIn(uiCulture) with { Documents = documents };
    }

    private async Task<(TranslationJob? Job, TranslationImportReport? Refusal)> FindJobAsync(ExchangeFileIdentity identity, TranslationActor actor, CancellationToken cancellationToken)
    {
        if (identity.Fault is { } fault && identity.JobId is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.FileRefused, null, fault));
        }

        if (identity.Format is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.UnknownFormat, null, ExchangeNote.Keyed(ImportMessages.UnknownFormat)));
        }

        if (identity.JobId is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.UnknownJob, null, ExchangeNote.Keyed(ImportMessages.NoJobId)));
        }

        var job = await jobs.FindAsync(identity.JobId, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.UnknownJob, identity.JobId, ExchangeNote.Keyed(ImportMessages.UnknownJob, ("job", identity.JobId))));
        }

        if ((job.Format == ExchangeFormat.Markdown) != (identity.Format == ExchangeFormat.Markdown))
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.WrongFormat, job.JobId, ExchangeNote.Keyed(ImportMessages.WrongFormat, ("job", job.JobId), ("exported", job.Format), ("format", identity.Format))));
        }

        return actor.MayWorkOn(job.TargetCulture)
            ? (job, null)
            : (null, TranslationImportReport.Refused(TranslationImportStatus.CultureNotAllowed, job.JobId,
                ExchangeNote.Keyed(ImportMessages.CultureNotAllowed, ("user", actor.DisplayName), ("culture", job.TargetCulture), ("languages", string.Join(", ", actor.Cultures)))));
    }

    // Fields whose translation is the source copied back are left out and reported; the rest is applied as usual.
    private async Task<DocumentImportReport> ApplyTranslatedAsync(TranslationJob job, ImportedDocument imported, TranslationActor actor, LanguagePairGlossary? glossary, bool replaceNewerTranslations, CancellationToken cancellationToken)
    {
        var sent = job.Export.Documents.Single(d => d.Key == imported.DocumentKey).Units.ToDictionary(u => u.FieldPath, StringComparer.Ordinal);
        var copies = imported.Fields
            .Where(f => sent.TryGetValue(f.Field.Path.Value, out var unit) && CopiedSource.IsCopy(f.Field.Kind, unit.Source, f.Field.Value, glossary, options.CopiedSourceMinLetters))
            .Select(f => new FieldImportReport(f.Field.Path.Value, FieldImportOutcome.SourceCopied).Because(ExchangeNote.Keyed(ImportMessages.SourceCopied)))
            .ToArray();
        if (copies.Length == 0)
        {
            return await ApplyAsync(job, imported, actor, glossary, replaceNewerTranslations, cancellationToken).ConfigureAwait(false);
        }

        if (copies.Length == imported.Fields.Count && imported.Rejected.Count == 0)
        {
            return DocumentImportReport.NotApplied(imported.DocumentKey, ExchangeNote.Keyed(ImportMessages.FileUntranslated), copies);
        }

        var copied = copies.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var translated = imported with
        {
            Fields = imported.Fields.Where(f => !copied.Contains(f.Field.Path.Value)).ToArray(),
            Accepted = imported.Accepted.Where(id => !copied.Contains(id)).ToArray(),
            Placeholders = imported.Fields.Where(f => copied.Contains(f.Field.Path.Value)).Select(f => f.Field).ToArray(),
        };
        var report = await ApplyAsync(job, translated, actor, glossary, replaceNewerTranslations, cancellationToken).ConfigureAwait(false);
        return report with { Fields = [.. report.Fields, .. copies] };
    }

    private async Task<DocumentImportReport> ApplyAsync(TranslationJob job, ImportedDocument imported, TranslationActor actor, LanguagePairGlossary? glossary, bool replaceNewerTranslations, CancellationToken cancellationToken)
    {
        if (imported.Rejected.Count > 0)
        {
            return NotApplied(imported, ExchangeNote.Counted(ImportMessages.FileProblems, imported.Rejected.Count));
        }

        if (imported.Fields.FirstOrDefault(f => f.Field.Value.Length > options.MaxFieldLength) is { Field: { } tooLong })
        {
            return NotApplied(imported, ExchangeNote.Keyed(ImportMessages.FieldTooLong, ("field", tooLong.Path), ("length", tooLong.Value.Length), ("limit", options.MaxFieldLength)));
        }

        for (var attempt = 1; attempt <= options.MaxSaveAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var draft = await content.GetDraftAsync(imported.DocumentKey, cancellationToken).ConfigureAwait(false);
            if (draft is null)
            {
                return NoLongerExists(imported);
            }

            var (prepared, refusal) = PreparedImport.Of(job, imported, draft, glossary);
            if (prepared is null)
            {
                return NotApplied(imported, refusal!);
            }

            var plan = ImportHistory.NamingJob(await workflow.PlanDocumentAsync(TranslationAction.Import, prepared.Pairs, job.TargetCulture, actor, cancellationToken).ConfigureAwait(false), job);
            if (ImportHistory.IsReplay(prepared, plan))
            {
                return DocumentImportReport.NotApplied(imported.DocumentKey, ExchangeNote.Keyed(ImportMessages.ImportedBefore),
                    imported.Fields.Select(f => new FieldImportReport(f.Field.Path.Value, FieldImportOutcome.AlreadyApplied)).ToArray());
            }

            if (!replaceNewerTranslations
                && ImportHistory.NewerTranslations(job, prepared, await workflow.GetAuditTrailAsync(imported.DocumentKey, cancellationToken).ConfigureAwait(false)) is { Count: > 0 } newer)
            {
                return NewerKept(imported, job, newer);
            }

            if (!plan.Result.Succeeded)
            {
                var refused = plan.Result.Fields.Select((r, i) => (r, i)).First(x => !x.r.Succeeded);
                return NotApplied(imported, ExchangeNote.Keyed(ImportMessages.FieldNotImportable, ("field", prepared.Pairs[refused.i].Unit.Path), ("refusal", refused.r.Status), ("status", refused.r.State.EffectiveStatus)));
            }

            var saved = await TranslatedDraftSave.SaveAsync(content, workflow, prepared, plan, job.TargetCulture, actor.Reference, cancellationToken).ConfigureAwait(false);
            if (saved?.Status == DraftSaveStatus.NotFound)
            {
                return NoLongerExists(imported);
            }

            if (saved is not null)
            {
                return new DocumentImportReport(imported.DocumentKey, true, null, imported.Fields
                    .Select((f, i) => Report(f.Field, prepared.Warnings[i], plan.Result.Fields[i].State))
                    .ToArray())
                {
                    ValidationIssues = saved.ValidationIssues,
                };
            }
        }

        return NotApplied(imported, ExchangeNote.Keyed(ImportMessages.SavedMeanwhile, ("document", imported.DocumentKey), ("attempts", options.MaxSaveAttempts)));
    }

    private static FieldImportReport Report(TranslatedField field, IReadOnlyList<ExchangeNote> notes, FieldTranslationState state) => (state.IsOutdated
        ? new FieldImportReport(field.Path.Value, FieldImportOutcome.ImportedNeedsReview, SourceChange: state.PendingSourceChange).Because(ExchangeNote.Keyed(ImportMessages.SourceChanged))
        : new FieldImportReport(field.Path.Value, FieldImportOutcome.Imported)).WithNotes(notes, ExchangeMessages.FallbackLanguage);

    private static DocumentImportReport NewerKept(ImportedDocument imported, TranslationJob job, IReadOnlyList<(FieldPath Path, TranslationDiff Diff)> newer)
    {
        var kept = newer.ToDictionary(n => n.Path.Value, n => n.Diff, StringComparer.Ordinal);
        return DocumentImportReport.NotApplied(
            imported.DocumentKey,
            ExchangeNote.Counted(ImportMessages.NewerKept, kept.Count, ("exported", job.CreatedAt), ("job", job.JobId)),
            imported.Fields.Select(f => kept.TryGetValue(f.Field.Path.Value, out var diff)
                ? new FieldImportReport(f.Field.Path.Value, FieldImportOutcome.NewerTranslationKept) { Diff = diff }.Because(ExchangeNote.Keyed(ImportMessages.TranslatedAgain, ("user", diff.ChangedBy.DisplayName), ("at", diff.ChangedAt)))
                : NotSaved(f.Field.Path.Value)).ToArray());
    }

    private static DocumentImportReport NoLongerExists(ImportedDocument imported) => NotApplied(imported, ExchangeNote.Keyed(ImportMessages.DocumentGone, ("document", imported.DocumentKey)));

    private static DocumentImportReport NotApplied(ImportedDocument imported, ExchangeNote reason) =>
        DocumentImportReport.NotApplied(imported.DocumentKey, reason, [.. imported.Rejected, .. imported.Accepted.Select(NotSaved)]);

    private static FieldImportReport NotSaved(string path) =>
        new FieldImportReport(path, FieldImportOutcome.NotApplied).Because(ExchangeNote.Keyed(ImportMessages.NotSaved));
}
