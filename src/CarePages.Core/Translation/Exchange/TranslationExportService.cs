using System.Globalization;
using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Exports documents for translation into one culture: the fields that are not approved and current go into an
/// XLIFF or Markdown file, move to In translation, and are kept as a job so the file can be checked when it comes back.
/// Given the site's <paramref name="cultures"/>, the target culture is taken in the site's spelling (so that the job, the
/// states and the imported draft never carry a second spelling) and a culture the site lacks is refused. Given the
/// <paramref name="memory"/>, an XLIFF file offers each unit's best memory matches beside its target, and each field's
/// machine draft where it has one (see <see cref="TranslationExchangeOptions.MaxMemorySuggestions"/>).
/// </summary>
public sealed class TranslationExportService(
    IDraftContentStore content,
    ITranslationStateStore states,
    ITranslationJobStore jobs,
    TranslationWorkflowService workflow,
    TimeProvider clock,
    TranslationExchangeOptions options,
    IGlossaryStore? glossaries = null,
    IContentCultureCatalogue? cultures = null,
    TranslationMemoryService? memory = null)
{
    /// <summary>Exports <paramref name="request"/> for <paramref name="actor"/>; refusals change nothing.</summary>
    public async Task<TranslationExportResult> ExportAsync(TranslationExportRequest request, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var (culture, refused) = await TranslatorRequestCheck.CheckAsync(cultures, options.SourceCulture, request.DocumentKeys, request.TargetCulture, actor, cancellationToken).ConfigureAwait(false);
        request = request with { TargetCulture = culture };
        if (refused is not null)
        {
            return TranslationExportResult.Refused(StatusOf(refused.Kind), refused.Note);
        }

        if (!Enum.IsDefined(request.Format))
        {
            return TranslationExportResult.Refused(TranslationExportStatus.FormatNotSupported, ExchangeNote.Keyed(ExportMessages.FormatNotSupported, ("format", request.Format.ToString())));
        }

        var documents = new List<(XliffExportDocument Document, IReadOnlyList<TranslatableUnit> Units)>();
        var notes = new List<ExchangeNote>();
        var glossary = glossaries is null ? null : await glossaries.GetAsync(new LanguagePair(options.SourceCulture, request.TargetCulture), cancellationToken).ConfigureAwait(false);
        foreach (var key in request.DocumentKeys.Distinct())
        {
            var (document, units, failure) = await PrepareAsync(key, request.TargetCulture, glossary, ExchangeFormats.XliffVersionOf(request.Format) is not null, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }

            if (units.Count == 0)
            {
                notes.Add(ExchangeNote.Keyed(ExportMessages.LeftOut, ("document", key), ("name", document.Name), ("culture", request.TargetCulture)));
                continue;
            }

            documents.Add((document, units));
        }

        if (documents.Count == 0)
        {
            return TranslationExportResult.Noted(TranslationExportStatus.NothingToTranslate, null, [], notes);
        }

        // Everything is worked out, the files included, before the first write: a refusal or a failure leaves no state
        // recorded for a file nobody received.
        var job = NewJob(request, actor, documents.Select(d => d.Document).ToArray());
        var files = Files(job);
        var plans = new List<TranslationDocumentPlan>(documents.Count);
        foreach (var (_, units) in documents)
        {
            var plan = await workflow.PlanDocumentAsync(TranslationAction.Export, units.Select(u => (u, (SourceFingerprint?)null)).ToArray(), request.TargetCulture, actor, cancellationToken).ConfigureAwait(false);
            if (!plan.Result.Succeeded)
            {
                return TranslationExportResult.Refused(TranslationExportStatus.CultureNotAllowed, ExchangeNote.Keyed(ExportMessages.WorkflowRefused, ("status", plan.Result.Status)));
            }

            plans.Add(plan);
        }

        foreach (var plan in plans)
        {
            if (!await workflow.CommitAsync(plan, CancellationToken.None).ConfigureAwait(false))
            {
                return TranslationExportResult.Refused(TranslationExportStatus.Conflict, ExchangeNote.Keyed(ExportMessages.Conflict));
            }
        }

        await jobs.SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
        return TranslationExportResult.Noted(TranslationExportStatus.Success, job, files, notes);
    }

    /// <summary>
    /// <paramref name="result"/> with its messages in <paramref name="uiCulture"/>'s language, a field named by its label
    /// in the document the message names.
    /// </summary>
    public async Task<TranslationExportResult> LabelAsync(TranslationExportResult result, string uiCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var named = result.Notes.FirstOrDefault(n => n.Arguments.Any(a => a.Value is FieldPath))?.Arguments.Select(a => a.Value).OfType<Guid>().FirstOrDefault();
        return named is { } key && key != Guid.Empty
            ? result.MessagesIn(uiCulture, await SourceFieldLabels.ForAsync(content, key, options.SourceCulture, uiCulture, cancellationToken).ConfigureAwait(false))
            : result.MessagesIn(uiCulture);
    }

    private static TranslationExportStatus StatusOf(TranslatorRefusalKind kind) => kind switch
    {
        TranslatorRefusalKind.UnknownCulture => TranslationExportStatus.UnknownCulture,
        TranslatorRefusalKind.NoDocuments => TranslationExportStatus.NoDocuments,
        TranslatorRefusalKind.TargetIsSourceCulture => TranslationExportStatus.TargetIsSourceCulture,
        _ => TranslationExportStatus.CultureNotAllowed,
    };

    private async Task<(XliffExportDocument Document, IReadOnlyList<TranslatableUnit> Units, TranslationExportResult? Failure)> PrepareAsync(Guid key, string targetCulture, LanguagePairGlossary? glossary, bool withCandidates, CancellationToken cancellationToken)
    {
        var draft = await content.GetDraftAsync(key, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return (null!, [], TranslationExportResult.Refused(TranslationExportStatus.DocumentNotFound, ExchangeNote.Keyed(ExportMessages.DocumentNotFound, ("document", key))));
        }

        if (draft.NameIn(options.SourceCulture) is null)
        {
            return (null!, [], TranslationExportResult.Refused(TranslationExportStatus.DocumentNotInSourceCulture, ExchangeNote.Keyed(ExportMessages.NotInSource, ("document", key), ("culture", options.SourceCulture))));
        }

        try
        {
            var source = CultureDocumentFactory.Create(draft, options.SourceCulture);
            var target = draft.NameIn(targetCulture) is null ? null : CultureDocumentFactory.Create(draft, targetCulture);
            var byPath = (await states.GetByDocumentAsync(key, cancellationToken).ConfigureAwait(false))
                .Where(s => string.Equals(s.Culture, targetCulture, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(s => s.Path);
            var units = TranslatableUnits.Of(source)
                .Where(u => !(byPath.TryGetValue(u.Path, out var state) && IsApprovedAndCurrent(state, u)))
                .ToArray();
            var paths = units.Select(u => u.Path.Value).ToHashSet(StringComparer.Ordinal);
            var document = XliffExportDocumentFactory.Create(source, target);
            var sent = document.Units.Where(u => paths.Contains(u.FieldPath)).Select(u => glossary is null ? u : u with { Glossary = GlossaryNotes(u, glossary) }).ToArray();
            if (UnexportableText(key, targetCulture, sent) is { } unexportable)
            {
                return (null!, [], TranslationExportResult.Refused(TranslationExportStatus.DocumentUnreadable, unexportable));
            }

            if (!withCandidates)
            {
                return (document with { Units = sent }, units, null);
            }

            var unitsByPath = units.ToDictionary(u => u.Path.Value, StringComparer.Ordinal);
            sent = sent.Select(u => WithMachineDraft(u, unitsByPath[u.FieldPath], byPath.GetValueOrDefault(unitsByPath[u.FieldPath].Path))).ToArray();
            return (await WithMemoryMatchesAsync(document with { Units = sent }, targetCulture, cancellationToken).ConfigureAwait(false), units, null);
        }
        catch (DocumentShapeException error)
        {
            return (null!, [], TranslationExportResult.Refused(TranslationExportStatus.DocumentUnreadable, ExchangeNote.Keyed(ExportMessages.DocumentUnreadable, ("document", key), ("detail", error.Message))));
        }
    }

    // A character a translation file cannot carry (a control character typed or pasted into the editor) would make the
    // writer fail; the editor is told which field to fix instead.
    private ExchangeNote? UnexportableText(Guid key, string targetCulture, IEnumerable<XliffExportUnit> units)
    {
        foreach (var unit in units)
        {
            foreach (var (culture, text) in new[] { (options.SourceCulture, unit.Source), (targetCulture, unit.ExistingTarget) })
            {
                if (text is not null && PatientTextCharacters.FirstRefused(unit.Kind == XliffFieldKind.RichText ? PlainTextSegments.Text(text) : text) is { } refused)
                {
                    return ExchangeNote.Keyed(ExportMessages.RefusedCharacter, ("document", key), ("field", new FieldPath(unit.FieldPath)), ("culture", culture), ("character", refused));
                }
            }
        }

        return null;
    }

    // A field's machine draft goes into the file while it was made from the current source and the file can carry it.
    private static XliffExportUnit WithMachineDraft(XliffExportUnit field, TranslatableUnit unit, FieldTranslationState? state) =>
        state?.Machine is { } machine && !FieldTranslationRules.ObserveSource(state, unit).IsOutdated && Carriable(machine.Output, field.Kind)
            ? field with { MachineDraft = new XliffMachineDraft(machine.Describe(), machine.Output) }
            : field;

    // Each unit's best memory matches (its block's text for rich text), as many as the options say; a match whose text
    // the file cannot carry is left out.
    private async Task<XliffExportDocument> WithMemoryMatchesAsync(XliffExportDocument document, string targetCulture, CancellationToken cancellationToken)
    {
        if (memory is null || options.MaxMemorySuggestions <= 0)
        {
            return document;
        }

        var matches = new List<(string FieldPath, XliffMemoryMatch Match)>();
        foreach (var unit in new DocumentPlan(document).Units)
        {
            var suggestions = await memory.SuggestAsync(unit.PlainText, options.SourceCulture, targetCulture, options.MaxMemorySuggestions, cancellationToken).ConfigureAwait(false);
            matches.AddRange(suggestions
                .Where(s => Carriable(s.Segment.SourceText, XliffFieldKind.PlainText) && Carriable(s.Segment.TargetText, XliffFieldKind.PlainText))
                .Select(s => (unit.Field.FieldPath, new XliffMemoryMatch(unit.Id, s.Score, s.Segment.SourceText, s.Segment.TargetText))));
        }

        var byField = matches.ToLookup(m => m.FieldPath, m => m.Match, StringComparer.Ordinal);
        return document with { Units = document.Units.Select(u => byField.Contains(u.FieldPath) ? u with { MemoryMatches = byField[u.FieldPath].ToArray() } : u).ToArray() };
    }

    private static bool Carriable(string text, XliffFieldKind kind) =>
        PatientTextCharacters.FirstRefused(kind == XliffFieldKind.RichText ? PlainTextSegments.Text(text) : text) is null;

    private static XliffGlossaryNote[] GlossaryNotes(XliffExportUnit unit, LanguagePairGlossary glossary) => GlossaryHints
        .For(unit.Kind == XliffFieldKind.RichText ? PlainTextSegments.Text(unit.Source) : unit.Source, glossary)
        .Select(entry => new XliffGlossaryNote(entry.SourceTerm, GlossaryHints.NoteLine(entry)))
        .ToArray();

    private static bool IsApprovedAndCurrent(FieldTranslationState state, TranslatableUnit unit) =>
        state.Status == TranslationStatus.Approved && FieldTranslationRules.ObserveSource(state, unit).EffectiveStatus == TranslationStatus.Approved;

    private TranslationJob NewJob(TranslationExportRequest request, TranslationActor actor, IReadOnlyList<XliffExportDocument> documents)
    {
        var now = clock.GetUtcNow();
        var export = new XliffExportJob
        {
            JobId = $"cp-{now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..27],
            SourceCulture = options.SourceCulture,
            TargetCulture = request.TargetCulture,
            CopySourceToTarget = request.CopySourceToTarget,
            Documents = documents,
        };
        return new TranslationJob { JobId = export.JobId, Format = request.Format, CreatedBy = actor.Reference, CreatedAt = now, Export = export };
    }

    private static IReadOnlyList<ExchangeFile> Files(TranslationJob job) => ExchangeFormats.XliffVersionOf(job.Format) is { } version
        ? [XliffFile(job, version)]
        : job.Export.Documents.Select(d => MarkdownFile(job, d)).ToArray();

    private static ExchangeFile XliffFile(TranslationJob job, XliffVersion version) =>
        new(XliffExchange.FileName(job.Export), "application/xliff+xml", Encoding.UTF8.GetBytes(XliffExchange.WriteToString(job.Export, version)));

    private static ExchangeFile MarkdownFile(TranslationJob job, XliffExportDocument document)
    {
        var header = new ExchangeFileHeader(job.JobId, document.Key, job.SourceCulture, job.TargetCulture);
        var markdown = MarkdownFileWriter.Write(header, JobFields.Of(document));
        return new ExchangeFile($"{job.JobId}-{document.Key:D}-{job.TargetCulture}.md", "text/markdown", Encoding.UTF8.GetBytes(markdown.Value));
    }
}
