using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Machine;

/// <summary>
/// A document's machine translation read back like a returned XLIFF 1.2 file: every unit's target through the same
/// reader, code checks and rebuild from the source as an import. A field any of whose units came back unreadable or
/// with codes missing, added or of the wrong kind is left out with the reason; the others make the draft.
/// </summary>
internal static class MachineDraft
{
    /// <summary>
    /// The imported document of the usable fields (null when none is usable) and a report line per field left out.
    /// <paramref name="translations"/> holds each segment's translated markup, in the order of <paramref name="segments"/>.
    /// </summary>
    public static (ImportedDocument? Imported, IReadOnlyList<FieldImportReport> LeftOut, XliffExportDocument Usable) Read(
        XliffExportJob job, XliffExportDocument document, IReadOnlyList<MachineSegment> segments, IReadOnlyList<string> translations)
    {
        var units = new List<ReturnedUnit>(segments.Count);
        var problems = new Dictionary<string, List<ExchangeNote>>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            var (target, unreadable) = MachineSegmentMarkup.Read(translations[i], segments[i].Unit.Id);
            if (unreadable is not null)
            {
                Add(problems, segments[i].Unit.Field.FieldPath, unreadable);
                continue;
            }

            units.Add(new ReturnedUnit(segments[i].Unit.Id, target, []));
        }

        var usable = Without(document, problems.Keys);
        var fieldOf = segments.ToDictionary(s => s.Unit.Id, s => s.Unit.Field.FieldPath, StringComparer.Ordinal);
        var (import, reports) = Import(job, usable, units);
        foreach (var rejected in reports.Where(r => r.Outcome == XliffUnitOutcome.Rejected))
        {
            Add(problems, fieldOf[rejected.UnitId], rejected.Problems ?? []);
        }

        if (!import.Applied)
        {
            usable = Without(document, problems.Keys);
            (import, reports) = Import(job, usable, units);
        }

        var leftOut = problems.Select(p => new FieldImportReport(p.Key, FieldImportOutcome.Rejected)
            .Because(ExchangeNote.Keyed(MachineMessages.FieldUnusable, ("problems", new NestedNotes(p.Value))))).ToArray();
        return (usable.Units.Count == 0 || !import.Applied ? null : ReturnedFileReader.FromXliff(import, reports), leftOut, usable);
    }

    private static (XliffDocumentImport Import, IReadOnlyList<XliffUnitReport> Reports) Import(XliffExportJob job, XliffExportDocument usable, IReadOnlyList<ReturnedUnit> units)
    {
        var ids = new DocumentPlan(usable).Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var file = new ReturnedFile(usable.Key.ToString("D"), job.JobId, job.SourceCulture, job.TargetCulture, units.Where(u => ids.Contains(u.Id)).ToArray());
        return DocumentImporter.Import(job, file, usable, InlineVocabulary.Xliff12);
    }

    private static XliffExportDocument Without(XliffExportDocument document, IEnumerable<string> fieldPaths)
    {
        var left = fieldPaths.ToHashSet(StringComparer.Ordinal);
        return document with { Units = document.Units.Where(u => !left.Contains(u.FieldPath)).ToArray() };
    }

    private static void Add(Dictionary<string, List<ExchangeNote>> problems, string fieldPath, IEnumerable<ExchangeNote> notes)
    {
        if (!problems.TryGetValue(fieldPath, out var list))
        {
            problems[fieldPath] = list = [];
        }

        list.AddRange(notes);
    }

    private static void Add(Dictionary<string, List<ExchangeNote>> problems, string fieldPath, ExchangeNote note) => Add(problems, fieldPath, [note]);
}
