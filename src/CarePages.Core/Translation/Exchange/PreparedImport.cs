using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Everything one document's import will write, worked out from the draft before anything is saved, so that a
/// problem is found while the store is still untouched: the updated draft, each field's source unit and the
/// fingerprint it was translated from, and each field's warnings (sanitising, glossary).
/// </summary>
/// <param name="Draft">The draft as read.</param>
/// <param name="Updated">The draft with the translations written in.</param>
/// <param name="Pairs">Each field's current source unit and the fingerprint of the source it was translated from.</param>
/// <param name="Warnings">Each field's warnings, in the order of <paramref name="Pairs"/>.</param>
internal sealed record PreparedImport(
    MultiCultureDocument Draft,
    MultiCultureDocument Updated,
    IReadOnlyList<(TranslatableUnit Unit, SourceFingerprint? TranslatedFrom)> Pairs,
    IReadOnlyList<IReadOnlyList<ExchangeNote>> Warnings)
{
    /// <summary>The <see cref="DraftVersion"/> of the draft as read, which the save is made against.</summary>
    public string ReadVersion { get; } = DraftVersion.Of(Draft);

    /// <summary>True when the draft already holds every translation in the file.</summary>
    public bool ChangesNothing => DraftVersion.Of(Updated) == ReadVersion;

    /// <summary>The import of <paramref name="imported"/> into <paramref name="draft"/>, or why it cannot be applied.</summary>
    public static (PreparedImport? Prepared, ExchangeNote? Refusal) Of(TranslationJob job, ImportedDocument imported, MultiCultureDocument draft, LanguagePairGlossary? glossary)
    {
        IReadOnlyDictionary<FieldPath, TranslatableUnit> current;
        MultiCultureDocument updated;
        try
        {
            current = TranslatableUnits.Of(CultureDocumentFactory.Create(draft, job.SourceCulture)).ToDictionary(u => u.Path);
            var placeholders = draft.NameIn(job.TargetCulture) is null ? imported.Placeholders.Where(p => p.Path == FieldPath.NodeName) : [];
            updated = TranslatedDraftWriter.Apply(draft, job.TargetCulture, [.. imported.Fields.Select(f => f.Field), .. placeholders]);
        }
        catch (DocumentShapeException error)
        {
            return (null, ExchangeNote.Keyed(ImportMessages.DocumentShape, ("detail", error.Message)));
        }

        var gone = imported.Fields.FirstOrDefault(f => !current.ContainsKey(f.Field.Path));
        if (gone.Field is not null)
        {
            return (null, ExchangeNote.Keyed(ImportMessages.SourceFieldGone, ("field", gone.Field.Path), ("culture", job.SourceCulture)));
        }

        var sent = job.Export.Documents.Single(d => d.Key == imported.DocumentKey).Units.ToDictionary(u => u.FieldPath, StringComparer.Ordinal);
        var pairs = imported.Fields.Select(f => (current[f.Field.Path], (SourceFingerprint?)SourceFingerprint.Of(sent[f.Field.Path.Value].Source))).ToArray();
        var warnings = imported.Fields
            .Select((f, i) => (IReadOnlyList<ExchangeNote>)[.. f.Warnings, .. GlossaryWarnings(glossary, pairs[i].Item1, f.Field)])
            .ToArray();
        return (new PreparedImport(draft, updated, pairs, warnings), null);
    }

    // Rich text is checked paragraph by paragraph; a term missing from several of them is still one warning for the field.
    private static IEnumerable<ExchangeNote> GlossaryWarnings(LanguagePairGlossary? glossary, TranslatableUnit source, TranslatedField translation) => glossary is null
        ? []
        : GlossaryCheck.Check(
            PlainTextSegments.Pair(source.Kind, source.SourceText, translation.Value).Select(p => new GlossaryCheckUnit(source.Path.Value, p.SourceText, p.TargetText)),
            glossary).Distinct().Select(w => w.Note);
}
