using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
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
    /// <summary>Imports <paramref name="file"/> for <paramref name="actor"/>.</summary>
    public async Task<TranslationImportReport> ImportAsync(Stream file, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        var bytes = await BoundedRead.ReadAsync(file, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TranslationImportReport.Refused(TranslationImportStatus.FileTooLarge, null, $"The file is larger than the limit of {options.MaxFileBytes:N0} bytes; it was not read.");
        }

        var identity = ExchangeFileIdentity.Read(bytes);
        var (found, refusal) = await FindJobAsync(identity, actor, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var job = found!;
        var (documents, fileRefusal) = ReturnedFileReader.Read(bytes, job, identity, options);
        if (fileRefusal is not null)
        {
            return fileRefusal;
        }

        var glossary = glossaries is null ? null : await glossaries.GetAsync(new LanguagePair(job.SourceCulture, job.TargetCulture), cancellationToken).ConfigureAwait(false);
        var reports = new List<DocumentImportReport>();
        foreach (var document in documents)
        {
            reports.Add(await ApplyAsync(job, document, actor, glossary, cancellationToken).ConfigureAwait(false));
        }

        var applied = reports.Count(r => r.Applied);
        var status = applied == reports.Count && applied > 0 ? TranslationImportStatus.Success
            : applied > 0 ? TranslationImportStatus.PartlyApplied
            : TranslationImportStatus.NothingApplied;
        return new TranslationImportReport(status, job.JobId, job.TargetCulture, [], reports);
    }

    private async Task<(TranslationJob? Job, TranslationImportReport? Refusal)> FindJobAsync(ExchangeFileIdentity identity, TranslationActor actor, CancellationToken cancellationToken)
    {
        if (identity.Format is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.UnknownFormat, null, "The file is neither an XLIFF file nor a CarePages Markdown translation file."));
        }

        if (identity.JobId is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.UnknownJob, null, "The file carries no job id: import the file exported from CarePages, translated in place."));
        }

        var job = await jobs.FindAsync(identity.JobId, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.UnknownJob, identity.JobId, $"No export created job {identity.JobId}."));
        }

        if ((job.Format == ExchangeFormat.Markdown) != (identity.Format == ExchangeFormat.Markdown))
        {
            return (null, TranslationImportReport.Refused(TranslationImportStatus.WrongFormat, job.JobId, $"Job {job.JobId} was exported as {job.Format}; this file is {identity.Format}."));
        }

        return actor.MayWorkOn(job.TargetCulture)
            ? (job, null)
            : (null, TranslationImportReport.Refused(TranslationImportStatus.CultureNotAllowed, job.JobId,
                $"{actor.DisplayName} may not import into {job.TargetCulture}; their languages are {string.Join(", ", actor.Cultures)}."));
    }

    private async Task<DocumentImportReport> ApplyAsync(TranslationJob job, ImportedDocument imported, TranslationActor actor, LanguagePairGlossary? glossary, CancellationToken cancellationToken)
    {
        if (imported.Rejected.Count > 0)
        {
            return NotApplied(imported, $"{imported.Rejected.Count} unit(s) were refused; the document was left unchanged.");
        }

        for (var attempt = 1; attempt <= options.MaxSaveAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var draft = await content.GetDraftAsync(imported.DocumentKey, cancellationToken).ConfigureAwait(false);
            if (draft is null)
            {
                return NotApplied(imported, $"Document {imported.DocumentKey} no longer exists.");
            }

            var (prepared, refusal) = PreparedImport.Of(job, imported, draft, glossary);
            if (prepared is null)
            {
                return NotApplied(imported, refusal!);
            }

            var plan = await workflow.PlanDocumentAsync(TranslationAction.Import, prepared.Pairs, job.TargetCulture, actor, cancellationToken).ConfigureAwait(false);
            if (!plan.Result.Succeeded)
            {
                var refused = plan.Result.Fields.Select((r, i) => (r, i)).First(x => !x.r.Succeeded);
                return NotApplied(imported, $"Field {prepared.Pairs[refused.i].Unit.Path} cannot take an import now ({refused.r.Status}, status {refused.r.State.EffectiveStatus}).");
            }

            var saved = await SaveAsync(prepared, plan, job, actor, cancellationToken).ConfigureAwait(false);
            if (saved?.Status == DraftSaveStatus.NotFound)
            {
                return NotApplied(imported, $"Document {imported.DocumentKey} no longer exists.");
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

        return NotApplied(imported, $"Other users saved document {imported.DocumentKey} while this file was imported ({options.MaxSaveAttempts} attempts); nothing was saved. Import the file again.");
    }

    // The draft first, against the version it was read at; then the states, against the states the plan was made
    // from. When the states changed meanwhile, the draft is put back, so no state is ever recorded for text that was
    // not saved and no text is kept without its state. Null: another save came first; try again from the start.
    private async Task<DraftSaveResult?> SaveAsync(PreparedImport prepared, TranslationDocumentPlan plan, TranslationJob job, TranslationActor actor, CancellationToken cancellationToken)
    {
        var saved = await content.SaveDraftAsync(prepared.Updated, job.TargetCulture, actor.Reference, DraftVersion.Of(prepared.Draft), cancellationToken).ConfigureAwait(false);
        if (saved.Status != DraftSaveStatus.Saved)
        {
            return saved.Status == DraftSaveStatus.NotFound ? saved : null;
        }

        // Past the first write nothing may be abandoned half-way, so the rest no longer listens to the client.
        if (await workflow.CommitAsync(plan, CancellationToken.None).ConfigureAwait(false))
        {
            return saved;
        }

        await content.SaveDraftAsync(prepared.Draft, job.TargetCulture, actor.Reference, saved.Version!, CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    private static FieldImportReport Report(TranslatedField field, IReadOnlyList<string> warnings, FieldTranslationState state) => state.IsOutdated
        ? new FieldImportReport(field.Path.Value, FieldImportOutcome.ImportedNeedsReview, "The source changed after export: review the translation against the change.", state.PendingSourceChange, warnings)
        : new FieldImportReport(field.Path.Value, FieldImportOutcome.Imported, null, null, warnings);

    private static DocumentImportReport NotApplied(ImportedDocument imported, string reason) => new(
        imported.DocumentKey,
        false,
        reason,
        [.. imported.Rejected, .. imported.Accepted.Select(id => new FieldImportReport(id, FieldImportOutcome.NotApplied, "Not saved: the document was left unchanged."))]);
}
