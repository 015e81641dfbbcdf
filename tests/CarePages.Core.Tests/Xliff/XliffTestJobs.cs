using System.Xml;
using System.Xml.Linq;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Export jobs for the tests: the sample clinic, and small hand-made documents.</summary>
internal static class XliffTestJobs
{
    public const string JobId = "job-2024-001";
    public const string Apertium = "Apertium (apertium-apy en-es)";
    public static readonly Guid PageKey = new("6f1e9a52-0c1b-4d7e-9d1a-1a2b3c4d5e6f");

    public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:1.2";

    /// <summary>Every sample clinic document, en-GB → es-ES, the source copied into the targets.</summary>
    public static XliffExportJob SampleClinicJob(bool withExistingTargets = false) => new()
    {
        JobId = JobId,
        SourceCulture = "en-GB",
        TargetCulture = "es-ES",
        CopySourceToTarget = true,
        Documents = SampleClinic.Documents
            .Select(d => XliffExportDocumentFactory.Create(
                CultureDocumentFactory.Create(d, "en-GB"),
                withExistingTargets ? CultureDocumentFactory.Create(d, "es-ES") : null))
            .ToArray(),
    };

    /// <summary>One page with a title and one rich-text field holding <paramref name="html"/>.</summary>
    public static XliffExportJob OnePage(string html, bool copySource = true) => new()
    {
        JobId = JobId,
        SourceCulture = "en-GB",
        TargetCulture = "es-ES",
        CopySourceToTarget = copySource,
        Documents =
        [
            new XliffExportDocument
            {
                Key = PageKey,
                ContentTypeAlias = "treatmentOverview",
                Name = "Ketamine",
                Units =
                [
                    new XliffExportUnit { FieldPath = "pageTitle", Kind = XliffFieldKind.PlainText, Source = "Ketamine treatment", MaxLength = 60, Note = "Page title" },
                    new XliffExportUnit { FieldPath = "body", Kind = XliffFieldKind.RichText, Source = html, Note = "Body" },
                ],
            },
        ],
    };

    /// <summary>
    /// <see cref="OnePage"/> with "<c>Bring &lt;strong&gt;your medicines&lt;/strong&gt; today.</c>", a machine draft of
    /// both fields (the body's <paramref name="bodyDraft"/>) and a memory match for the title and for the body's block.
    /// </summary>
    public static XliffExportJob OnePageWithCandidates(string bodyDraft = "<p>Traiga <strong>sus medicamentos</strong> hoy.</p>")
    {
        var job = OnePage("<p>Bring <strong>your medicines</strong> today.</p>");
        var document = job.Documents[0];
        var title = document.Units[0] with
        {
            MachineDraft = new XliffMachineDraft(Apertium, "Tratamiento de ketamina"),
            MemoryMatches = [new XliffMemoryMatch("pageTitle", 85, "Ketamine treatments", "Tratamientos con ketamina")],
        };
        var body = document.Units[1] with
        {
            MachineDraft = new XliffMachineDraft(Apertium, bodyDraft),
            MemoryMatches = [new XliffMemoryMatch("body#1", 100, "Bring your medicines today.", "Traiga sus medicinas hoy.")],
        };
        return job with { Documents = [document with { Units = [title, body] }] };
    }

    public static XDocument Parse(string xliff) =>
        XDocument.Parse(xliff, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);

    public static XElement Unit(XDocument document, string id, Guid? documentKey = null) =>
        document.Descendants(Ns + "file")
            .Where(f => documentKey is null || (string?)f.Attribute("original") == documentKey.Value.ToString("D"))
            .SelectMany(f => f.Descendants(Ns + "trans-unit"))
            .Single(u => (string?)u.Attribute("id") == id);

    /// <summary>The target of unit <paramref name="id"/> replaced by <paramref name="innerXml"/> (XLIFF inline markup).</summary>
    public static string WithTarget(string xliff, string id, string innerXml, Guid? documentKey = null)
    {
        var document = Parse(xliff);
        var target = Unit(document, id, documentKey).Element(Ns + "target")!;
        var fragment = XElement.Parse($"<target xmlns=\"{Ns}\">{innerXml}</target>", LoadOptions.PreserveWhitespace);
        target.ReplaceNodes(fragment.Nodes());
        return Serialize(document);
    }

    public static string Serialize(XDocument document)
    {
        using var writer = new StringWriter();
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            document.Save(xml);
        }

        return writer.ToString();
    }
}
