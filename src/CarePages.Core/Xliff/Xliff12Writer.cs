using System.Globalization;
using System.Text;
using System.Xml;
using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// Writes an export job as one XLIFF 1.2 file (strict schema): a <c>&lt;file&gt;</c> per document, the job id in
/// the header's export <c>&lt;phase job-id&gt;</c>, one trans-unit per plain-text field and per rich-text block,
/// inline markup as <c>&lt;g&gt;</c>/<c>&lt;x/&gt;</c> codes whose native markup (href, src, classes) never leaves
/// the source, and <c>alt</c>/<c>title</c> as separate units the code points at with <c>xid</c>.
/// </summary>
public static class Xliff12Writer
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>The file name to offer for the job's export, e.g. <c>job-42.es-ES.xlf</c>.</summary>
    public static string FileName(XliffExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var safe = new string(job.JobId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return $"{safe}.{job.TargetCulture}.xlf";
    }

    /// <summary>Writes the job's file to <paramref name="output"/> as UTF-8.</summary>
    public static void Write(XliffExportJob job, Stream output)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("xliff", Xliff12Names.Namespace);
        writer.WriteAttributeString("version", "1.2");
        foreach (var document in job.Documents)
        {
            WriteFile(writer, job, new DocumentPlan(document));
        }

        NewLine(writer, 0);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The job's file as a string.</summary>
    public static string WriteToString(XliffExportJob job)
    {
        using var stream = new MemoryStream();
        Write(job, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFile(XmlWriter writer, XliffExportJob job, DocumentPlan plan)
    {
        var document = plan.Document;
        NewLine(writer, 1);
        writer.WriteStartElement("file", Xliff12Names.Namespace);
        writer.WriteAttributeString("original", document.Key.ToString("D"));
        writer.WriteAttributeString("source-language", job.SourceCulture);
        writer.WriteAttributeString("target-language", job.TargetCulture);
        writer.WriteAttributeString("datatype", "html");
        writer.WriteAttributeString("tool-id", Xliff12Names.ToolId);
        writer.WriteAttributeString("category", document.ContentTypeAlias);
        WriteHeader(writer, job, document);
        NewLine(writer, 2);
        writer.WriteStartElement("body", Xliff12Names.Namespace);
        var targets = new ExistingTargets(plan);
        foreach (var unit in plan.Units)
        {
            WriteUnit(writer, job, unit, targets);
        }

        NewLine(writer, 2);
        writer.WriteEndElement();
        NewLine(writer, 1);
        writer.WriteEndElement();
    }

    private static void WriteHeader(XmlWriter writer, XliffExportJob job, XliffExportDocument document)
    {
        NewLine(writer, 2);
        writer.WriteStartElement("header", Xliff12Names.Namespace);
        NewLine(writer, 3);
        writer.WriteStartElement("phase-group", Xliff12Names.Namespace);
        NewLine(writer, 4);
        writer.WriteStartElement("phase", Xliff12Names.Namespace);
        writer.WriteAttributeString("phase-name", Xliff12Names.ExportPhase);
        writer.WriteAttributeString("process-name", "translation");
        writer.WriteAttributeString("tool-id", Xliff12Names.ToolId);
        writer.WriteAttributeString("job-id", job.JobId);
        writer.WriteEndElement();
        NewLine(writer, 3);
        writer.WriteEndElement();
        NewLine(writer, 3);
        writer.WriteStartElement("note", Xliff12Names.Namespace);
        writer.WriteAttributeString("from", Xliff12Names.NoteFrom);
        writer.WriteString($"Job {job.JobId}: \"{document.Name}\" ({document.ContentTypeAlias}, document {document.Key:D}), {job.SourceCulture} to {job.TargetCulture}. Keep every inline code; links and images come back from the source.");
        writer.WriteEndElement();
        NewLine(writer, 3);
        writer.WriteStartElement("tool", Xliff12Names.Namespace);
        writer.WriteAttributeString("tool-id", Xliff12Names.ToolId);
        writer.WriteAttributeString("tool-name", "CarePages");
        writer.WriteEndElement();
        NewLine(writer, 2);
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, XliffExportJob job, PlannedUnit unit, ExistingTargets targets)
    {
        NewLine(writer, 3);
        writer.WriteStartElement("trans-unit", Xliff12Names.Namespace);
        writer.WriteAttributeString("id", unit.Id);
        writer.WriteAttributeString("resname", unit.Id);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        if (unit.Kind == PlannedUnitKind.PlainField && unit.Field.MaxLength is { } max)
        {
            writer.WriteAttributeString("size-unit", "char");
            writer.WriteAttributeString("maxwidth", max.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteStartElement("source", Xliff12Names.Namespace);
        WriteContent(writer, unit, unit.Run);
        writer.WriteEndElement();

        var existing = targets.For(unit);
        if (existing is not null || job.CopySourceToTarget)
        {
            writer.WriteStartElement("target", Xliff12Names.Namespace);
            writer.WriteAttributeString("state", existing is null ? "new" : "translated");
            if (existing is null)
            {
                WriteContent(writer, unit, unit.Run);
            }
            else if (existing.Run is { } run)
            {
                WriteInline(writer, run);
            }
            else
            {
                writer.WriteString(existing.Text);
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement("note", Xliff12Names.Namespace);
        writer.WriteAttributeString("from", Xliff12Names.NoteFrom);
        writer.WriteString(unit.Note());
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteContent(XmlWriter writer, PlannedUnit unit, TextRun? run)
    {
        if (unit.Kind == PlannedUnitKind.RichBlock)
        {
            WriteInline(writer, run!);
        }
        else
        {
            writer.WriteString(unit.PlainSource);
        }
    }

    private static void WriteInline(XmlWriter writer, TextRun run)
    {
        for (var i = 0; i < run.Nodes.Count; i++)
        {
            var node = run.Nodes[i];
            if (node is IText text)
            {
                var data = text.Data;
                data = i == 0 ? data.TrimStart() : data;
                data = i == run.Nodes.Count - 1 ? data.TrimEnd() : data;
                writer.WriteString(data);
            }
            else
            {
                WriteCode(writer, run, node);
            }
        }
    }

    private static void WriteCode(XmlWriter writer, TextRun run, INode node)
    {
        var code = run.CodeOf(node)!;
        writer.WriteStartElement(code.XliffName, Xliff12Names.Namespace);
        writer.WriteAttributeString("id", code.Id.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("ctype", code.Ctype);
        writer.WriteAttributeString("clone", "no");
        if (node is IElement element && TranslatableAttribute.Names.FirstOrDefault(n => !string.IsNullOrWhiteSpace(element.GetAttribute(n))) is { } name)
        {
            writer.WriteAttributeString("xid", $"{run.UnitId}@{code.Id}.{name}");
        }

        if (code.IsPaired)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    writer.WriteString(text.Data);
                }
                else
                {
                    WriteCode(writer, run, child);
                }
            }
        }

        writer.WriteEndElement();
    }

    private static void NewLine(XmlWriter writer, int depth) => writer.WriteWhitespace("\n" + new string(' ', depth * 2));
}
