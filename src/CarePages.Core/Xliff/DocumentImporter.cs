using System.Xml.Linq;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.RichText;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// Imports one returned <c>&lt;file&gt;</c> (any XLIFF version) into its job document: every expected unit present
/// and acceptable, or the document is not applied. Values are rebuilt from a fresh split of the job's source, never
/// from the file's <c>&lt;source&gt;</c> or 2.x <c>&lt;originalData&gt;</c>, and sanitised to the editor's subset
/// as every import is (<see cref="RichTextCleaner.Sanitise"/>); a unit whose
/// <c>&lt;originalData&gt;</c> names another address than the source's is rejected.
/// </summary>
internal sealed class DocumentImporter
{
    private readonly XliffExportJob job;
    private readonly InlineVocabulary vocabulary;
    private readonly DocumentPlan plan;
    private readonly List<XliffUnitReport> reports = [];
    private readonly Dictionary<string, string> plainTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<InlineNode>> blockTargets = new(StringComparer.Ordinal);

    private DocumentImporter(XliffExportJob job, XliffExportDocument document, InlineVocabulary vocabulary)
    {
        this.job = job;
        this.vocabulary = vocabulary;
        plan = new DocumentPlan(document);
    }

    /// <summary>Imports <paramref name="file"/> into <paramref name="document"/>.</summary>
    public static (XliffDocumentImport Document, IReadOnlyList<XliffUnitReport> Units) Import(
        XliffExportJob job, ReturnedFile file, XliffExportDocument document, InlineVocabulary vocabulary)
    {
        var importer = new DocumentImporter(job, document, vocabulary);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in file.Units)
        {
            seen.Add(unit.Id);
            importer.ReadUnit(unit);
        }

        foreach (var missing in importer.plan.Units.Where(u => !seen.Contains(u.Id)))
        {
            importer.Reject(missing.Id, ExchangeNote.Keyed(XliffMessages.UnitMissing, ("unit", missing.Id)));
        }

        var applied = importer.reports.TrueForAll(r => r.Outcome == XliffUnitOutcome.Accepted);
        return (new XliffDocumentImport(document.Key, applied, applied ? importer.Rebuild() : []), importer.reports);
    }

    private void ReadUnit(ReturnedUnit unit)
    {
        var id = unit.Id;
        var planned = plan.Find(id);
        if (planned is null)
        {
            Reject(id, ExchangeNote.Keyed(XliffMessages.UnitNotInJob, ("unit", id), ("job", job.JobId), ("document", plan.Document.Key)));
            return;
        }

        var target = unit.Target;
        if (target is null)
        {
            Reject(id, ExchangeNote.Keyed(XliffMessages.UnitNoTarget, ("unit", id)));
            return;
        }

        var problems = unit.Problems.Concat(planned.IsPlain ? ReadPlain(planned, target) : ReadBlock(planned, target)).ToList();
        if (unit.OriginalData is { Count: > 0 } data)
        {
            problems.AddRange(Xliff2OriginalData.ChangedAddresses(id, planned.Run?.Codes ?? [], data));
        }

        if (problems.Count > 0)
        {
            Reject(id, [.. problems]);
            return;
        }

        reports.Add(new XliffUnitReport(plan.Document.Key, id, XliffUnitOutcome.Accepted));
    }

    private List<ExchangeNote> ReadPlain(PlannedUnit planned, XElement target)
    {
        var (text, problems) = TargetContentReader.ReadPlain(target, planned.Id, vocabulary);
        if (problems.Count == 0 && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(ExchangeNote.Keyed(XliffMessages.TargetEmpty, ("unit", planned.Id)));
        }

        if (problems.Count == 0 && planned.MaxLength is { } max && text.Length > max)
        {
            problems.Add(planned.Field.Note is { } field
                ? ExchangeNote.Keyed(XliffMessages.TargetTooLong, ("unit", planned.Id), ("length", text.Length), ("field", field), ("limit", max))
                : ExchangeNote.Keyed(XliffMessages.TargetTooLongUnnamed, ("unit", planned.Id), ("length", text.Length), ("limit", max)));
        }

        plainTargets[planned.Id] = text;
        return problems;
    }

    private List<ExchangeNote> ReadBlock(PlannedUnit planned, XElement target)
    {
        var (nodes, problems) = TargetContentReader.ReadBlock(target, planned.Id, planned.Run!, vocabulary);
        if (problems.Count == 0 && string.IsNullOrWhiteSpace(target.Value))
        {
            problems.Add(ExchangeNote.Keyed(XliffMessages.TargetNoText, ("unit", planned.Id)));
        }

        blockTargets[planned.Id] = nodes;
        return problems;
    }

    private void Reject(string id, params ExchangeNote[] problems) =>
        reports.Add(new XliffUnitReport(plan.Document.Key, id, XliffUnitOutcome.Rejected, problems));

    private List<XliffFieldValue> Rebuild()
    {
        var values = new List<XliffFieldValue>();
        foreach (var field in plan.Document.Units)
        {
            if (field.Kind == XliffFieldKind.PlainText)
            {
                values.Add(new XliffFieldValue(field.FieldPath, field.Kind, plainTargets[field.Id], []));
                continue;
            }

            var units = plan.Units.Where(u => ReferenceEquals(u.Field, field)).ToList();
            foreach (var unit in units.Where(u => u.Kind == PlannedUnitKind.Attribute))
            {
                RichTextRebuilder.SetAttribute(unit.Attribute!, plainTargets[unit.Id]);
            }

            foreach (var unit in units.Where(u => u.Kind == PlannedUnitKind.RichBlock))
            {
                RichTextRebuilder.ReplaceBlock(unit.Run!, blockTargets[unit.Id]);
            }

            var (sanitised, removals) = RichTextCleaner.Sanitise(plan.RichField(field).Document.Body!);
            values.Add(new XliffFieldValue(field.FieldPath, field.Kind, sanitised.InnerHtml, removals));
        }

        return values;
    }
}
