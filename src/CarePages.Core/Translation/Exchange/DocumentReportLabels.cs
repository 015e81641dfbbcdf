using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// Puts document reports (an import's, a machine pre-fill's) into the words people read: each document's name (in the
/// target culture when it has one, else the source culture's), each field's label and the fixed reasons in the reader's
/// language, and rich-text diffs as readable text. Paths, keys and reason keys stay for machines.
/// </summary>
internal static class DocumentReportLabels
{
    /// <summary><paramref name="documents"/> labelled for <paramref name="uiCulture"/>.</summary>
    public static async Task<IReadOnlyList<DocumentImportReport>> LabelAsync(
        IDraftContentStore content, string sourceCulture, IReadOnlyList<DocumentImportReport> documents, string? targetCulture, string uiCulture, CancellationToken cancellationToken)
    {
        var labelled = new List<DocumentImportReport>(documents.Count);
        foreach (var document in documents)
        {
            var draft = await content.GetDraftAsync(document.DocumentKey, cancellationToken).ConfigureAwait(false);
            var source = draft?.NameIn(sourceCulture) is null ? null : CultureDocumentFactory.Create(draft, sourceCulture);
            var kinds = source is null ? [] : TranslatableUnits.Of(source).ToDictionary(u => u.Path.Value, u => u.Kind, StringComparer.Ordinal);
            string Label(FieldPath path) => FieldLabels.Of(path, source, uiCulture);
            labelled.Add(document with
            {
                DocumentName = draft?.NamePreferring(targetCulture is { } target && draft.NameIn(target) is not null ? target : sourceCulture),
                Reason = document.ReasonNote?.In(uiCulture, Label) ?? document.Reason,
                Fields = document.Fields.Select(f => Readable(f, kinds.GetValueOrDefault(f.Path, FieldKind.PlainText)).In(uiCulture, Label) with
                {
                    Label = FieldLabels.Of(f.Path, source, uiCulture),
                }).ToArray(),
            });
        }

        return labelled;
    }

    // Rich text as people read it in the report's diffs: paragraphs and list items, not markup.
    private static FieldImportReport Readable(FieldImportReport field, FieldKind kind) => field with
    {
        SourceChange = PlainTextSegments.Readable(kind, field.SourceChange),
        Diff = field.Diff is { } diff ? diff with { InDraft = PlainTextSegments.Readable(kind, diff.InDraft), InFile = PlainTextSegments.Readable(kind, diff.InFile) } : null,
    };
}
