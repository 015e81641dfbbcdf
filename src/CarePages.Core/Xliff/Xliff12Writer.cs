using System.Globalization;
using System.Xml;
using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// Writes an export job as one XLIFF 1.2 file (strict schema): a <c>&lt;file&gt;</c> per document, the job id in
/// the header's export <c>&lt;phase job-id&gt;</c>, one trans-unit per plain-text field and per rich-text block,
/// inline markup as <c>&lt;g&gt;</c>/<c>&lt;x/&gt;</c> codes whose native markup (href, src, classes) never leaves
/// the source, and <c>alt</c>/<c>title</c> as separate units the code points at with <c>xid</c>.
/// </summary>
internal static class Xliff12Writer
{
    /// <summary>Writes the job's file to <paramref name="output"/> as UTF-8.</summary>
    public static void Write(XliffExportJob job, Stream output)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = XmlWriter.Create(output, XmlOutput.Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("xliff", XliffNamespaces.Core12);
        writer.WriteAttributeString("version", XliffVersions.Number(XliffVersion.Xliff12));
        foreach (var document in job.Documents)
        {
            WriteFile(writer, job, new DocumentPlan(document));
        }

        NewLine(writer, 0);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The job's file as a string.</summary>
    public static string WriteToString(XliffExportJob job) => XmlOutput.ToText(stream => Write(job, stream));

    private static void WriteFile(XmlWriter writer, XliffExportJob job, DocumentPlan plan)
    {
        var document = plan.Document;
        NewLine(writer, 1);
        writer.WriteStartElement("file", XliffNamespaces.Core12);
        writer.WriteAttributeString("original", document.Key.ToString("D"));
        writer.WriteAttributeString("source-language", job.SourceCulture);
        writer.WriteAttributeString("target-language", job.TargetCulture);
        writer.WriteAttributeString("datatype", "html");
        writer.WriteAttributeString("tool-id", Xliff12Names.ToolId);
        writer.WriteAttributeString("category", document.ContentTypeAlias);
        WriteHeader(writer, job, document);
        NewLine(writer, 2);
        writer.WriteStartElement("body", XliffNamespaces.Core12);
        foreach (var (unit, content) in UnitContent.Of(plan, job))
        {
            WriteUnit(writer, unit, content);
        }

        NewLine(writer, 2);
        writer.WriteEndElement();
        NewLine(writer, 1);
        writer.WriteEndElement();
    }

    private static void WriteHeader(XmlWriter writer, XliffExportJob job, XliffExportDocument document)
    {
        NewLine(writer, 2);
        writer.WriteStartElement("header", XliffNamespaces.Core12);
        NewLine(writer, 3);
        writer.WriteStartElement("phase-group", XliffNamespaces.Core12);
        NewLine(writer, 4);
        writer.WriteStartElement("phase", XliffNamespaces.Core12);
        writer.WriteAttributeString("phase-name", Xliff12Names.ExportPhase);
        writer.WriteAttributeString("process-name", "translation");
        writer.WriteAttributeString("tool-id", Xliff12Names.ToolId);
        writer.WriteAttributeString("job-id", job.JobId);
        writer.WriteEndElement();
        NewLine(writer, 3);
        writer.WriteEndElement();
        NewLine(writer, 3);
        writer.WriteStartElement("note", XliffNamespaces.Core12);
        writer.WriteAttributeString("from", Xliff12Names.NoteFrom);
        writer.WriteString(ExportNotes.ForDocument(job, document));
        writer.WriteEndElement();
        NewLine(writer, 3);
        writer.WriteStartElement("tool", XliffNamespaces.Core12);
        writer.WriteAttributeString("tool-id", Xliff12Names.ToolId);
        writer.WriteAttributeString("tool-name", "CarePages");
        writer.WriteEndElement();
        NewLine(writer, 2);
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, PlannedUnit unit, UnitContent content)
    {
        NewLine(writer, 3);
        writer.WriteStartElement("trans-unit", XliffNamespaces.Core12);
        writer.WriteAttributeString("id", unit.Id);
        writer.WriteAttributeString("resname", unit.Id);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        if (unit.MaxLength is { } max)
        {
            writer.WriteAttributeString("size-unit", "char");
            writer.WriteAttributeString("maxwidth", max.ToString(CultureInfo.InvariantCulture));
        }

        WriteContent(writer, unit, "source", content.Source);
        if (content.Target is { } target)
        {
            WriteContent(writer, unit, "target", target, ("state", content.TargetIsTranslation ? "translated" : "new"));
        }

        writer.WriteStartElement("note", XliffNamespaces.Core12);
        writer.WriteAttributeString("from", Xliff12Names.NoteFrom);
        writer.WriteString(unit.Note(InlineVocabulary.Xliff12));
        writer.WriteEndElement();
        foreach (var note in unit.GlossaryNotes)
        {
            writer.WriteStartElement("note", XliffNamespaces.Core12);
            writer.WriteAttributeString("from", Translation.Glossary.GlossaryHints.NoteAuthor);
            writer.WriteString(note);
            writer.WriteEndElement();
        }

        foreach (var candidate in content.Candidates)
        {
            WriteAltTrans(writer, unit, candidate);
        }

        writer.WriteEndElement();
    }

    // A candidate as the strict schema places it, after the unit's notes: the origin a tool shows, the memory's score as
    // match-quality, the source it translates and the translation, codes as in the unit.
    private static void WriteAltTrans(XmlWriter writer, PlannedUnit unit, UnitCandidate candidate)
    {
        writer.WriteStartElement("alt-trans", XliffNamespaces.Core12);
        writer.WriteAttributeString("origin", candidate.Origin);
        if (candidate.Score is { } score)
        {
            writer.WriteAttributeString("match-quality", score.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteAttributeString("xml", "space", null, "preserve");
        WriteContent(writer, unit, "source", candidate.Source);
        WriteContent(writer, unit, "target", candidate.Target);
        writer.WriteEndElement();
    }

    private static void WriteContent(XmlWriter writer, PlannedUnit unit, string element, IReadOnlyList<InlineNode> nodes, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(element, XliffNamespaces.Core12);
        foreach (var (name, value) in attributes)
        {
            writer.WriteAttributeString(name, value);
        }

        WriteInline(writer, unit, nodes);
        writer.WriteEndElement();
    }

    private static void WriteInline(XmlWriter writer, PlannedUnit unit, IReadOnlyList<InlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is InlineText text)
            {
                writer.WriteString(text.Text);
                continue;
            }

            var placed = (PlacedCode)node;
            var code = placed.Code;
            writer.WriteStartElement(InlineVocabulary.Xliff12.NameOf(code), XliffNamespaces.Core12);
            writer.WriteAttributeString("id", code.Id.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("ctype", code.Ctype);
            writer.WriteAttributeString("clone", "no");
            if (code.Node is IElement element && TranslatableAttribute.Names.FirstOrDefault(n => !string.IsNullOrWhiteSpace(element.GetAttribute(n))) is { } name)
            {
                writer.WriteAttributeString("xid", $"{unit.Id}@{code.Id}.{name}");
            }

            WriteInline(writer, unit, placed.Children);
            writer.WriteEndElement();
        }
    }

    private static void NewLine(XmlWriter writer, int depth) => XmlOutput.NewLine(writer, depth);
}
