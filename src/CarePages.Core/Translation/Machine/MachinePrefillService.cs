using System.Globalization;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Machine;

/// <summary>
/// Pre-fills documents' untranslated and outdated fields in one culture as a first draft: exact translation-memory
/// matches first, the engine for the rest, read back through the XLIFF import's code checks and rebuild. Each document
/// is saved all or nothing, as a draft (never published), with its fields MachineTranslated and their origin kept; the
/// glossary is given to the engine and checked on the way out. Refusals and engine failures write nothing.
/// </summary>
public sealed class MachinePrefillService(
    IDraftContentStore content,
    ITranslationStateStore states,
    TranslationWorkflowService workflow,
    IMachineTranslationEngine engine,
    TimeProvider clock,
    TranslationExchangeOptions options,
    MachineTranslationOptions machineOptions,
    TranslationMemoryService? memory = null,
    IGlossaryStore? glossaries = null,
    IContentCultureCatalogue? cultures = null)
{
    /// <summary>Pre-fills <paramref name="request"/> for <paramref name="actor"/>, who must work on its culture.</summary>
    public async Task<MachinePrefillReport> PrefillAsync(MachinePrefillRequest request, TranslationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var (culture, refused) = await TranslatorRequestCheck.CheckAsync(cultures, options.SourceCulture, request.DocumentKeys, request.TargetCulture, actor, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return Refused(StatusOf(refused.Kind), culture, refused.Note);
        }

        var description = await engine.DescribeAsync(cancellationToken).ConfigureAwait(false);
        if (description.Status != MachineTranslationStatus.Success)
        {
            var status = description.Status == MachineTranslationStatus.NotConfigured ? MachinePrefillStatus.NotConfigured : MachinePrefillStatus.EngineUnavailable;
            return Refused(status, culture, FailureNote(description.Status, culture, null));
        }

        if (description.PairFor(options.SourceCulture, culture) is null)
        {
            return Refused(MachinePrefillStatus.LanguagePairNotSupported, culture, NoPair(culture, description.Offered));
        }

        var glossary = glossaries is null ? null : await glossaries.GetAsync(new LanguagePair(options.SourceCulture, culture), cancellationToken).ConfigureAwait(false);
        var reports = new List<DocumentImportReport>();
        string? version = null;
        foreach (var key in request.DocumentKeys.Distinct())
        {
            var (report, engineVersion) = await PrefillDocumentAsync(key, culture, actor, glossary, cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            version ??= engineVersion;
        }

        return new MachinePrefillReport(StatusOf(reports), engine.Name, version ?? description.Version, culture, [], reports);
    }

    /// <summary><paramref name="report"/> with documents, fields and reasons named in <paramref name="uiCulture"/>'s language.</summary>
    public async Task<MachinePrefillReport> LabelAsync(MachinePrefillReport report, string uiCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var documents = await DocumentReportLabels.LabelAsync(content, options.SourceCulture, report.Documents, report.TargetCulture, uiCulture, cancellationToken).ConfigureAwait(false);
        return report.MessagesIn(uiCulture) with { Documents = documents };
    }

    private static MachinePrefillStatus StatusOf(TranslatorRefusalKind kind) => kind switch
    {
        TranslatorRefusalKind.UnknownCulture => MachinePrefillStatus.UnknownCulture,
        TranslatorRefusalKind.NoDocuments => MachinePrefillStatus.NoDocuments,
        TranslatorRefusalKind.TargetIsSourceCulture => MachinePrefillStatus.TargetIsSourceCulture,
        _ => MachinePrefillStatus.CultureNotAllowed,
    };

    private MachinePrefillReport Refused(MachinePrefillStatus status, string culture, ExchangeNote reason) =>
        MachinePrefillReport.Refused(status, engine.Name, culture, reason);

    private async Task<(DocumentImportReport Report, string? EngineVersion)> PrefillDocumentAsync(Guid key, string culture, TranslationActor actor, LanguagePairGlossary? glossary, CancellationToken cancellationToken)
    {
        string? version = null;

        // A save that lost to another comes round again; the engine is not asked twice for the same segment.
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var attempt = 1; attempt <= options.MaxSaveAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var draft = await content.GetDraftAsync(key, cancellationToken).ConfigureAwait(false);
            if (draft?.NameIn(options.SourceCulture) is null)
            {
                return (DocumentImportReport.NotApplied(key, draft is null
                    ? ExchangeNote.Keyed(ExportMessages.DocumentNotFound, ("document", key))
                    : ExchangeNote.Keyed(ExportMessages.NotInSource, ("document", key), ("culture", options.SourceCulture)), []), version);
            }

            var (document, job) = await ToPrefillAsync(draft, culture, actor, cancellationToken).ConfigureAwait(false);
            if (document.Units.Count == 0)
            {
                return (DocumentImportReport.NotApplied(key, ExchangeNote.Keyed(MachineMessages.NothingToPrefill, ("document", key), ("culture", culture)), []), version);
            }

            var segments = await SegmentsAsync(document, culture, cancellationToken).ConfigureAwait(false);
            var (translations, failure, engineVersion) = await TranslateAsync(segments, culture, glossary, answers, cancellationToken).ConfigureAwait(false);
            version = engineVersion ?? version;
            if (failure is not null)
            {
                return (DocumentImportReport.NotApplied(key, failure, document.Units.Select(u => NotSaved(u.FieldPath)).ToArray()), version);
            }

            var (imported, leftOut, usable) = MachineDraft.Read(job.Export, document, segments, translations!);
            if (imported is null)
            {
                return (DocumentImportReport.NotApplied(key, ExchangeNote.Keyed(MachineMessages.NothingUsable), leftOut), version);
            }

            job = job with { Export = job.Export with { Documents = [usable] } };
            var (prepared, refusal) = PreparedImport.Of(job, imported, draft, glossary);
            if (prepared is null)
            {
                return (DocumentImportReport.NotApplied(key, refusal!, [.. leftOut, .. imported.Accepted.Select(NotSaved)]), version);
            }

            var plan = await workflow.PlanDocumentAsync(TranslationAction.MachineTranslate, prepared.Pairs, culture, actor, cancellationToken).ConfigureAwait(false);
            if (!plan.Result.Succeeded)
            {
                var refused = plan.Result.Fields.Select((r, i) => (r, i)).First(x => !x.r.Succeeded);
                return (DocumentImportReport.NotApplied(key, ExchangeNote.Keyed(ImportMessages.FieldNotImportable, ("field", prepared.Pairs[refused.i].Unit.Path), ("refusal", refused.r.Status), ("status", refused.r.State.EffectiveStatus)), [.. leftOut]), version);
            }

            var origin = new MachineOrigin(engine.Name, version ?? string.Empty, clock.GetUtcNow(), actor.Reference, string.Empty);
            var saved = await TranslatedDraftSave.SaveAsync(content, workflow, prepared, WithOrigin(plan, origin, imported), culture, actor.Reference, cancellationToken).ConfigureAwait(false);
            if (saved?.Status == DraftSaveStatus.NotFound)
            {
                return (DocumentImportReport.NotApplied(key, ExchangeNote.Keyed(ImportMessages.DocumentGone, ("document", key)), []), version);
            }

            if (saved is not null)
            {
                var fields = imported.Fields.Select((f, i) => Prefilled(f.Field.Path.Value, segments, prepared.Warnings[i]));
                return (new DocumentImportReport(key, true, null, [.. fields, .. leftOut]) { ValidationIssues = saved.ValidationIssues }, version);
            }
        }

        return (DocumentImportReport.NotApplied(key, ExchangeNote.Keyed(ImportMessages.SavedMeanwhile, ("document", key), ("attempts", options.MaxSaveAttempts)), []), version);
    }

    // The fields to pre-fill: untranslated, outdated, or still a machine draft; never a person's current translation.
    private async Task<(XliffExportDocument Document, TranslationJob Job)> ToPrefillAsync(MultiCultureDocument draft, string culture, TranslationActor actor, CancellationToken cancellationToken)
    {
        var source = CultureDocumentFactory.Create(draft, options.SourceCulture);
        var byPath = (await states.GetByDocumentAsync(draft.Id, cancellationToken).ConfigureAwait(false))
            .Where(s => string.Equals(s.Culture, culture, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(s => s.Path);
        var paths = TranslatableUnits.Of(source)
            .Where(u => !byPath.TryGetValue(u.Path, out var state) || FieldTranslationRules.Refusal(TranslationAction.MachineTranslate, FieldTranslationRules.ObserveSource(state, u), actor) == TranslationOperationStatus.Success)
            .Select(u => u.Path.Value)
            .ToHashSet(StringComparer.Ordinal);
        var all = XliffExportDocumentFactory.Create(source);
        var document = all with { Units = all.Units.Where(u => paths.Contains(u.FieldPath)).ToArray() };
        var now = clock.GetUtcNow();
        var export = new XliffExportJob { JobId = $"mt-{now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}", SourceCulture = options.SourceCulture, TargetCulture = culture, Documents = [document] };
        return (document, new TranslationJob { JobId = export.JobId, Format = ExchangeFormat.Xliff12, CreatedBy = actor.Reference, CreatedAt = now, Export = export });
    }

    private async Task<IReadOnlyList<MachineSegment>> SegmentsAsync(XliffExportDocument document, string culture, CancellationToken cancellationToken)
    {
        var segments = new List<MachineSegment>();
        foreach (var unit in new DocumentPlan(document).Units)
        {
            var isRich = unit.Kind == PlannedUnitKind.RichBlock;
            var markup = isRich ? MachineSegmentMarkup.Write(InlineContent.Of(unit.Run!)) : MachineSegmentMarkup.Text(unit.PlainSource);
            string? fromMemory = null;
            if (memory is not null && !(isRich && unit.Run!.Codes.Count > 0))
            {
                var text = isRich ? string.Concat(unit.Run!.Nodes.Select(n => n.TextContent)) : unit.PlainSource;
                var best = await memory.SuggestAsync(text, options.SourceCulture, culture, 1, cancellationToken).ConfigureAwait(false);
                fromMemory = best is [{ Score: 100 } exact] ? MachineSegmentMarkup.Text(exact.Segment.TargetText) : null;
            }

            segments.Add(new MachineSegment(unit, markup, fromMemory));
        }

        return segments;
    }

    // Each distinct segment neither the memory nor an earlier attempt answered goes to the engine once; the answers
    // are kept in answers and spread back in order.
    private async Task<(IReadOnlyList<string>? Translations, ExchangeNote? Failure, string? Version)> TranslateAsync(
        IReadOnlyList<MachineSegment> segments, string culture, LanguagePairGlossary? glossary, Dictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var asked = segments.Where(s => s.FromMemory is null && !answers.ContainsKey(s.Markup)).Select(s => s.Markup).Distinct(StringComparer.Ordinal).ToArray();
        string? version = null;
        if (asked.Length > 0)
        {
            var result = await engine.TranslateAsync(new MachineTranslationRequest(options.SourceCulture, culture, asked, glossary), cancellationToken).ConfigureAwait(false);
            version = result.EngineVersion;
            if (!result.Succeeded || result.Translations.Count != asked.Length)
            {
                var status = result.Succeeded ? MachineTranslationStatus.MalformedResponse : result.Status;
                return (null, FailureNote(status, culture, LongestField(segments)), version);
            }

            for (var i = 0; i < asked.Length; i++)
            {
                answers[asked[i]] = result.Translations[i];
            }
        }

        return (segments.Select(s => s.FromMemory ?? answers[s.Markup]).ToArray(), null, version);
    }

    private ExchangeNote NoPair(string culture, string offered) =>
        ExchangeNote.Keyed(MachineMessages.NoPair, ("source", options.SourceCulture), ("target", culture), ("engine", engine.Name), ("pairs", offered));

    // An engine that stops offering a pair between describing and translating says so without its list of pairs.
    private ExchangeNote FailureNote(MachineTranslationStatus status, string culture, (string Field, int Length)? longest) => status switch
    {
        MachineTranslationStatus.NotConfigured => ExchangeNote.Keyed(MachineMessages.NotConfigured),
        MachineTranslationStatus.LanguagePairNotSupported => NoPair(culture, "–"),
        MachineTranslationStatus.Timeout => ExchangeNote.Keyed(MachineMessages.Timeout, ("engine", engine.Name), ("seconds", (long)machineOptions.Timeout.TotalSeconds)),
        MachineTranslationStatus.RateLimited => ExchangeNote.Keyed(MachineMessages.RateLimited, ("engine", engine.Name)),
        MachineTranslationStatus.QuotaExceeded => ExchangeNote.Keyed(MachineMessages.QuotaExceeded, ("engine", engine.Name)),
        MachineTranslationStatus.NotAuthorised => ExchangeNote.Keyed(MachineMessages.NotAuthorised, ("engine", engine.Name)),
        MachineTranslationStatus.MalformedResponse => ExchangeNote.Keyed(MachineMessages.Malformed, ("engine", engine.Name)),
        MachineTranslationStatus.SegmentTooLong when longest is { } l => ExchangeNote.Keyed(MachineMessages.SegmentTooLong, ("field", new FieldPath(l.Field)), ("length", l.Length), ("engine", engine.Name), ("limit", machineOptions.MaxSegmentCharacters)),
        _ => ExchangeNote.Keyed(MachineMessages.Unavailable, ("engine", engine.Name)),
    };

    private static (string Field, int Length)? LongestField(IReadOnlyList<MachineSegment> segments) =>
        segments.Count == 0 ? null : segments.Select(s => (s.Unit.Field.FieldPath, s.Markup.Length)).MaxBy(s => s.Length);

    // The origin of each field, with the value the engine's draft gave it, goes into the state and the audit trail.
    private static TranslationDocumentPlan WithOrigin(TranslationDocumentPlan plan, MachineOrigin origin, ImportedDocument imported)
    {
        var values = imported.Fields.ToDictionary(f => f.Field.Path, f => f.Field.Value);
        return plan with
        {
            Transitions = plan.Transitions.Select(t => t with { After = t.After with { Machine = origin with { Output = values.GetValueOrDefault(t.After.Path, string.Empty) } } }).ToArray(),
            Entries = plan.Entries.Select(e => e.Action == TranslationAction.MachineTranslate ? e with { Details = $"{e.Details} by {origin.Describe()}" } : e).ToArray(),
        };
    }

    private static FieldImportReport Prefilled(string path, IReadOnlyList<MachineSegment> segments, IReadOnlyList<ExchangeNote> warnings)
    {
        var own = segments.Where(s => s.Unit.Field.FieldPath == path).ToArray();
        var fromMemory = own.Count(s => s.FromMemory is not null);
        var note = ExchangeNote.Keyed(MachineMessages.Prefilled, ("memory", fromMemory), ("engine", own.Length - fromMemory));
        return new FieldImportReport(path, FieldImportOutcome.MachineTranslated).Because(note).WithNotes(warnings, ExchangeMessages.FallbackLanguage);
    }

    private static FieldImportReport NotSaved(string path) =>
        new FieldImportReport(path, FieldImportOutcome.NotApplied).Because(ExchangeNote.Keyed(ImportMessages.NotSaved));

    private static MachinePrefillStatus StatusOf(IReadOnlyList<DocumentImportReport> reports)
    {
        var attempted = reports.Where(r => r.Applied || r.ReasonKey != MachineMessages.NothingToPrefill).ToArray();
        var applied = attempted.Count(r => r.Applied);
        return attempted.Length == 0 ? MachinePrefillStatus.NothingToPrefill
            : applied == attempted.Length ? MachinePrefillStatus.Success
            : applied > 0 ? MachinePrefillStatus.PartlyApplied
            : MachinePrefillStatus.NothingApplied;
    }
}
