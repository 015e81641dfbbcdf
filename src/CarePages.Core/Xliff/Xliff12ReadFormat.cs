using System.Xml.Linq;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// Reads XLIFF 1.2: <c>&lt;xliff version="1.2"&gt;</c>, the job id in the header's export <c>&lt;phase job-id&gt;</c>,
/// languages on each <c>&lt;file&gt;</c>, one <c>&lt;target&gt;</c> per trans-unit, and the strict schema.
/// </summary>
internal sealed class Xliff12ReadFormat : IXliffReadFormat
{
    private static readonly XNamespace Ns = XliffNamespaces.Core12;

    private Xliff12ReadFormat()
    {
    }

    /// <summary>The one instance.</summary>
    public static Xliff12ReadFormat Instance { get; } = new();

    /// <inheritdoc/>
    public InlineVocabulary Vocabulary => InlineVocabulary.Xliff12;

    /// <inheritdoc/>
    public string UnitElementName => "trans-unit";

    /// <inheritdoc/>
    public XliffImportResult? RefuseRoot(XliffRoot root) =>
        root.Version == XliffVersion.Xliff12
            ? null
            : XliffImportResult.Refused(XliffImportStatus.NotXliff12, ExchangeNote.Keyed(XliffMessages.NotXliff12, ("element", root.ElementName), ("namespace", root.Namespace)));

    /// <inheritdoc/>
    public IReadOnlyList<ExchangeNote> ValidateStructure(XDocument xliff, XliffRoot root, int parallelism) => Xliff12Schema.Faults(xliff);

    /// <inheritdoc/>
    public IReadOnlyList<ReturnedFile> ReadFiles(XDocument xliff, int parallelism)
    {
        var files = xliff.Root!.Elements(Ns + "file").ToList();
        return SideBySide.Map(files.Count, parallelism, i => ReadFile(files[i]));
    }

    private static ReturnedFile ReadFile(XElement file) =>
        new(
            (string?)file.Attribute("original") ?? string.Empty,
            file.Element(Ns + "header")?.Element(Ns + "phase-group")?.Elements(Ns + "phase")
                .Select(p => (string?)p.Attribute("job-id")).FirstOrDefault(id => id is not null),
            (string?)file.Attribute("source-language"),
            (string?)file.Attribute("target-language"),
            file.Descendants(Ns + "trans-unit")
                .Select(u => new ReturnedUnit((string?)u.Attribute("id") ?? string.Empty, u.Element(Ns + "target"), []))
                .ToList());
}
