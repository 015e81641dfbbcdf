using System.Globalization;
using System.Xml;

namespace CarePages.Core.Xliff;

/// <summary>
/// Writes one document's XLIFF 2.x <c>&lt;file&gt;</c>: metadata with the job id, the size profile, notes, and a
/// <c>&lt;unit&gt;</c> per planned unit with its translation candidates, <c>&lt;originalData&gt;</c> and one segment.
/// </summary>
/// <param name="writer">The file's XML writer, positioned inside <c>&lt;xliff&gt;</c>.</param>
/// <param name="ns">The core namespace (2.0 or 2.2).</param>
/// <param name="job">The export job.</param>
/// <param name="plan">The document's units.</param>
internal sealed class Xliff2FileWriter(XmlWriter writer, string ns, XliffExportJob job, DocumentPlan plan)
{
    private readonly InlineVocabulary vocabulary = InlineVocabulary.Xliff2(ns);

    /// <summary>Writes the <c>&lt;file&gt;</c>.</summary>
    public void Write()
    {
        var document = plan.Document;
        XmlOutput.NewLine(writer, 1);
        writer.WriteStartElement("file", ns);
        writer.WriteAttributeString("id", document.Key.ToString("D"));
        writer.WriteAttributeString("original", document.Key.ToString("D"));
        WriteMetadata(document);
        if (plan.Units.Any(u => u.MaxLength is not null))
        {
            XmlOutput.NewLine(writer, 2);
            writer.WriteStartElement("slr", "profiles", XliffNamespaces.SizeRestriction);
            writer.WriteAttributeString("generalProfile", Xliff2Names.CodePointProfile);
            writer.WriteEndElement();
        }

        XmlOutput.NewLine(writer, 2);
        WriteNotes(2, ("document", ExportNotes.ForDocument(job, document)));
        foreach (var (unit, content) in UnitContent.Of(plan, job))
        {
            WriteUnit(unit, content);
        }

        XmlOutput.NewLine(writer, 1);
        writer.WriteEndElement();
    }

    private void WriteMetadata(XliffExportDocument document)
    {
        XmlOutput.NewLine(writer, 2);
        writer.WriteStartElement("mda", "metadata", XliffNamespaces.Metadata);
        writer.WriteStartElement("mda", "metaGroup", XliffNamespaces.Metadata);
        writer.WriteAttributeString("category", Xliff2Names.MetaGroupCategory);
        foreach (var (type, value) in new[] { (Xliff2Names.JobIdMeta, job.JobId), ("documentKey", document.Key.ToString("D")), ("contentType", document.ContentTypeAlias), ("documentName", document.Name) })
        {
            writer.WriteStartElement("mda", "meta", XliffNamespaces.Metadata);
            writer.WriteAttributeString("type", type);
            WritePlain(value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteNotes(int depth, params (string Category, string? Text)[] notes)
    {
        writer.WriteStartElement("notes", ns);
        foreach (var (category, text) in notes.Where(n => n.Text is not null))
        {
            XmlOutput.NewLine(writer, depth + 1);
            writer.WriteStartElement("note", ns);
            writer.WriteAttributeString("category", category);
            WritePlain(text!);
            writer.WriteEndElement();
        }

        XmlOutput.NewLine(writer, depth);
        writer.WriteEndElement();
    }

    private void WriteUnit(PlannedUnit unit, UnitContent content)
    {
        XmlOutput.NewLine(writer, 2);
        writer.WriteStartElement("unit", ns);
        writer.WriteAttributeString("id", Xliff2UnitIds.Encode(unit.Id));
        writer.WriteAttributeString("name", unit.Id);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        if (unit.MaxLength is { } max)
        {
            writer.WriteAttributeString("slr", "sizeRestriction", XliffNamespaces.SizeRestriction, max.ToString(CultureInfo.InvariantCulture));
        }

        if (content.Candidates.Count > 0)
        {
            WriteMatches(unit, content.Candidates);
        }

        XmlOutput.NewLine(writer, 3);
        WriteNotes(3, [("field", unit.Label(vocabulary)), ("length-limit", unit.LimitNote), .. unit.GlossaryNotes.Select(n => ("glossary", (string?)n))]);
        if (unit.Kind == PlannedUnitKind.RichBlock && unit.Run!.Codes.Count > 0)
        {
            WriteOriginalData(3, unit.Run.Codes);
        }

        XmlOutput.NewLine(writer, 3);
        writer.WriteStartElement("segment", ns);
        writer.WriteAttributeString("id", Xliff2Names.SegmentId);
        if (content.Target is not null)
        {
            writer.WriteAttributeString("state", content.TargetIsTranslation ? "translated" : "initial");
        }

        WriteContent(unit, "source", content.Source);
        if (content.Target is { } target)
        {
            WriteContent(unit, "target", target);
        }

        writer.WriteEndElement();
        XmlOutput.NewLine(writer, 2);
        writer.WriteEndElement();
    }

    // The Translation Candidates module, before the unit's notes as the core schema places module elements: each
    // candidate points at the unit's segment, says how it was made (mt, tm) and, for a memory match, how similar its
    // source is; a candidate with codes carries the unit's original data, which its codes refer to.
    private void WriteMatches(PlannedUnit unit, IReadOnlyList<UnitCandidate> candidates)
    {
        XmlOutput.NewLine(writer, 3);
        writer.WriteStartElement("mtc", "matches", XliffNamespaces.Matches);
        foreach (var candidate in candidates)
        {
            XmlOutput.NewLine(writer, 4);
            writer.WriteStartElement("mtc", "match", XliffNamespaces.Matches);
            writer.WriteAttributeString("ref", "#" + Xliff2Names.SegmentId);
            writer.WriteAttributeString("type", candidate.Kind == UnitCandidateKind.MachineTranslation ? "mt" : "tm");
            writer.WriteAttributeString("origin", candidate.Origin);
            if (candidate.Score is { } score)
            {
                writer.WriteAttributeString("similarity", score.ToString(CultureInfo.InvariantCulture));
            }

            if (candidate.Source.Concat(candidate.Target).Any(n => n is PlacedCode))
            {
                WriteOriginalData(5, unit.Run!.Codes);
            }

            XmlOutput.NewLine(writer, 5);
            WriteContent(unit, "source", candidate.Source);
            XmlOutput.NewLine(writer, 5);
            WriteContent(unit, "target", candidate.Target);
            XmlOutput.NewLine(writer, 4);
            writer.WriteEndElement();
        }

        XmlOutput.NewLine(writer, 3);
        writer.WriteEndElement();
    }

    private void WriteContent(PlannedUnit unit, string element, IReadOnlyList<InlineNode> nodes)
    {
        writer.WriteStartElement(element, ns);
        WriteInline(unit, nodes);
        writer.WriteEndElement();
    }

    private void WriteOriginalData(int depth, IEnumerable<InlineCode> codes)
    {
        XmlOutput.NewLine(writer, depth);
        writer.WriteStartElement("originalData", ns);
        foreach (var (id, html) in Xliff2OriginalData.Of(codes))
        {
            XmlOutput.NewLine(writer, depth + 1);
            writer.WriteStartElement("data", ns);
            writer.WriteAttributeString("id", id);
            WriteText(html);
            writer.WriteEndElement();
        }

        XmlOutput.NewLine(writer, depth);
        writer.WriteEndElement();
    }

    private void WriteInline(PlannedUnit unit, IReadOnlyList<InlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is InlineText text)
            {
                WriteText(text.Text);
                continue;
            }

            var code = ((PlacedCode)node).Code;
            var (type, subType) = Xliff2CodeTypes.Of(code);
            writer.WriteStartElement(vocabulary.NameOf(code), ns);
            writer.WriteAttributeString("id", code.Id.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("canCopy", "no");
            writer.WriteAttributeString("canDelete", "no");
            writer.WriteAttributeString(code.IsPaired ? "dataRefStart" : "dataRef", Xliff2OriginalData.StartId(code));
            if (code.IsPaired)
            {
                writer.WriteAttributeString("dataRefEnd", Xliff2OriginalData.EndId(code));
            }

            var subFlows = string.Join(' ', plan.Units
                .Where(u => u.Kind == PlannedUnitKind.Attribute && ReferenceEquals(u.Run, unit.Run) && u.Attribute!.Code.Id == code.Id)
                .Select(u => Xliff2UnitIds.Encode(u.Id)));
            if (subFlows.Length > 0)
            {
                writer.WriteAttributeString(code.IsPaired ? "subFlowsStart" : "subFlows", subFlows);
            }

            writer.WriteAttributeString("type", type);
            if (subType is not null)
            {
                writer.WriteAttributeString("subType", subType);
            }

            WriteInline(unit, ((PlacedCode)node).Children);
            writer.WriteEndElement();
        }
    }

    /// <summary>Writes note or metadata text, where <c>&lt;cp&gt;</c> is not allowed: characters XML cannot hold become U+FFFD.</summary>
    private void WritePlain(string text) =>
        writer.WriteString(new string(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray()));

    /// <summary>Writes source, target or data text, characters XML cannot hold as <c>&lt;cp hex&gt;</c>.</summary>
    private void WriteText(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            writer.WriteString(text[start..i]);
            writer.WriteStartElement("cp", ns);
            writer.WriteAttributeString("hex", ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            start = i + 1;
        }

        writer.WriteString(text[start..]);
    }
}
