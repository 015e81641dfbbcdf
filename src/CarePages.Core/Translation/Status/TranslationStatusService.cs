using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Status;

/// <summary>Which language versions of one document are current, field by field (the matrix of every document is <see cref="Matrix.TranslationMatrixService"/>).</summary>
public sealed class TranslationStatusService(IDraftContentStore content, ITranslationStateStore states, TranslationExchangeOptions options)
{
    /// <summary>
    /// The document's fields in <paramref name="targetCultures"/>, labelled in <paramref name="uiCulture"/>, or null when
    /// it has no source version. Source changes of rich text are given as readable text (paragraphs, list items), not markup.
    /// </summary>
    public async Task<DocumentTranslationStatus?> GetDocumentAsync(Guid documentKey, IReadOnlyList<string> targetCultures, string uiCulture = "en", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetCultures);
        var draft = await content.GetDraftAsync(documentKey, cancellationToken).ConfigureAwait(false);
        if (TranslatableUnits.OfSource(draft, options.SourceCulture) is not { } units)
        {
            return null;
        }

        var source = CultureDocumentFactory.Create(draft!, options.SourceCulture);
        var stored = (await states.GetByDocumentAsync(documentKey, cancellationToken).ConfigureAwait(false))
            .ToLookup(s => s.Culture, StringComparer.OrdinalIgnoreCase);
        var cultures = targetCultures
            .Where(c => !string.Equals(c, options.SourceCulture, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(c => c, c => Fields(units, stored[c].ToDictionary(s => s.Path), documentKey, c, path => FieldLabels.Of(path, source, uiCulture), TargetOf(draft!, c)), StringComparer.OrdinalIgnoreCase);
        return new DocumentTranslationStatus(documentKey, draft!.NameIn(options.SourceCulture)!, options.SourceCulture, cultures);
    }

    private static CultureDocument? TargetOf(MultiCultureDocument draft, string culture)
    {
        try
        {
            return draft.NameIn(culture) is null ? null : CultureDocumentFactory.Create(draft, culture);
        }
        catch (DocumentShapeException)
        {
            return null;
        }
    }

    private static MachineDraftStatus? MachineDraft(FieldTranslationState state, TranslatableUnit unit, CultureDocument? target) => state.Machine is not { } machine
        ? null
        : new MachineDraftStatus(machine.Engine, machine.EngineVersion, machine.At, machine.RequestedBy, PlainTextSegments.Readable(unit.Kind, machine.Output),
            target is not null && TranslatableUnits.TextAt(target, unit.Path) is { } current ? PlainTextSegments.Readable(unit.Kind, current) : null);

    private static IReadOnlyList<FieldStatus> Fields(IReadOnlyList<TranslatableUnit> units, Dictionary<FieldPath, FieldTranslationState> states, Guid documentKey, string culture, Func<FieldPath, string> label, CultureDocument? target = null) => units
        .Select(u =>
        {
            var state = FieldTranslationRules.ObserveSource(states.GetValueOrDefault(u.Path) ?? FieldTranslationState.Untranslated(documentKey, culture, u.Path), u);
            return new FieldStatus(u.Path.Value, u.Name, u.Kind, state.EffectiveStatus, state.TranslatedBy, state.ChangedBy, state.ChangedAt, PlainTextSegments.Readable(u.Kind, state.PendingSourceChange)) { Label = label(u.Path), Machine = MachineDraft(state, u, target) };
        })
        .ToArray();
}
