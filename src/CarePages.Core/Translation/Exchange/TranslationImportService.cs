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
        var (documents, fileRefusal) = ReturnedFileReader.Read(bytes, job, identity, options, cancellationToken);
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
        cancellationToken.ThrowIfCancellationRequested();
        if (imported.Rejected.Count > 0)
        {
            return NotApplied(imported, $"{imported.Rejected.Count} unit(s) were refused; the document was left unchanged.");
        }

        if (imported.Fields.FirstOrDefault(f => f.Field.Value.Length > options.MaxFieldLength) is { Field: { } tooLong })
        {
            return NotApplied(imported, $"Field {tooLong.Path} holds {tooLong.Value.Length:N0} characters, more than the limit of {options.MaxFieldLength:N0} for one field; the document was left unchanged.");
        }

        var draft = await content.GetDraftAsync(imported.DocumentKey, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return NotApplied(imported, $"Document {imported.DocumentKey} no longer exists.");
        }

        IReadOnlyDictionary<FieldPath, TranslatableUnit> current;
        DocumentRequest updated;
        try
        {
            current = TranslatableUnits.Of(CultureDocumentFactory.Create(draft, job.SourceCulture)).ToDictionary(u => u.Path);
            updated = TranslatedDraftWriter.Apply(draft, job.TargetCulture, imported.Fields.Select(f => f.Field).ToArray());
        }
        catch (DocumentShapeException error)
        {
            return NotApplied(imported, error.Message);
        }

        var gone = imported.Fields.FirstOrDefault(f => !current.ContainsKey(f.Field.Path));
        if (gone.Field is not null)
        {
            return NotApplied(imported, $"Field {gone.Field.Path} is no longer in the {job.SourceCulture} source (emptied or removed since export).");
        }

        var sent = job.Export.Documents.Single(d => d.Key == imported.DocumentKey).Units.ToDictionary(u => u.FieldPath, StringComparer.Ordinal);
        var pairs = imported.Fields.Select(f => (current[f.Field.Path], (SourceFingerprint?)SourceFingerprint.Of(sent[f.Field.Path.Value].Source))).ToArray();
        var saved = DraftSaveResult.Saved;
        var recorded = await workflow.ApplyToDocumentAsync(TranslationAction.Import, pairs, job.TargetCulture, actor,
            async ct => saved = await content.SaveDraftAsync(updated, job.TargetCulture, actor.Reference, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        if (!recorded.Succeeded)
        {
            var refused = recorded.Fields.Select((r, i) => (r, i)).First(x => !x.r.Succeeded);
            return NotApplied(imported, $"Field {pairs[refused.i].Item1.Path} cannot take an import now ({refused.r.Status}, status {refused.r.State.EffectiveStatus}).");
        }

        return new DocumentImportReport(imported.DocumentKey, true, null, imported.Fields
            .Select((f, i) => Report(f.Field, [.. f.Warnings, .. GlossaryWarnings(glossary, pairs[i].Item1, f.Field)], recorded.Fields[i].State))
            .ToArray())
        {
            ValidationIssues = saved.ValidationIssues,
        };
    }

    private static IEnumerable<string> GlossaryWarnings(LanguagePairGlossary? glossary, TranslatableUnit source, TranslatedField translation) => glossary is null
        ? []
        : GlossaryCheck.Check(
            PlainTextSegments.Pair(source.Kind, source.SourceText, translation.Value).Select(p => new GlossaryCheckUnit(source.Path.Value, p.SourceText, p.TargetText)),
            glossary).Select(w => w.Message);

    private static FieldImportReport Report(TranslatedField field, IReadOnlyList<string> warnings, FieldTranslationState state) => state.IsOutdated
        ? new FieldImportReport(field.Path.Value, FieldImportOutcome.ImportedNeedsReview, "The source changed after export: review the translation against the change.", state.PendingSourceChange, warnings)
        : new FieldImportReport(field.Path.Value, FieldImportOutcome.Imported, null, null, warnings);

    private static DocumentImportReport NotApplied(ImportedDocument imported, string reason) => new(
        imported.DocumentKey,
        false,
        reason,
        [.. imported.Rejected, .. imported.Accepted.Select(id => new FieldImportReport(id, FieldImportOutcome.NotApplied, "Not saved: the document was left unchanged."))]);
}
