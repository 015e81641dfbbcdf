using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// Reads XLIFF 2.0/2.1 (namespace <c>…:document:2.0</c>) and 2.2 (namespace <c>…:document:2.2</c>): languages on
/// the root, the job id in each file's <c>&lt;mda:metadata&gt;</c>, the document key as the file id, unit ids decoded
/// from NMTOKENs, and a unit's segments and ignorables joined into one target in their target order (start and end
/// codes split across segments made one paired code again), so a tool may split or merge segments. Every <c>dataRef</c> must name a <c>&lt;data&gt;</c> of its unit; the data itself is
/// never imported, only checked for addresses (<see cref="Xliff2OriginalData.ChangedAddresses"/>).
/// </summary>
internal sealed class Xliff2ReadFormat : IXliffReadFormat
{
    private static readonly XNamespace Mda = XliffNamespaces.Metadata;
    private static readonly XName[] DataRefAttributes = ["dataRef", "dataRefStart", "dataRefEnd"];
    private static readonly Xliff2ReadFormat Core20 = new(XliffNamespaces.Core20);
    private static readonly Xliff2ReadFormat Core22 = new(XliffNamespaces.Core22);
    private readonly XNamespace ns;

    private Xliff2ReadFormat(XNamespace ns)
    {
        this.ns = ns;
        Vocabulary = InlineVocabulary.Xliff2(ns);
    }

    /// <inheritdoc/>
    public InlineVocabulary Vocabulary { get; }

    /// <inheritdoc/>
    public string UnitElementName => "unit";

    /// <summary>The format for <paramref name="root"/>'s version (2.2, else 2.0, which refuses any root but 2.0 and 2.1).</summary>
    public static Xliff2ReadFormat For(XliffRoot root) => root.Version == XliffVersion.Xliff22 ? Core22 : Core20;

    /// <inheritdoc/>
    public XliffImportResult? RefuseRoot(XliffRoot root)
    {
        if (root.Version is { } version && XliffVersions.Namespace(version) == ns.NamespaceName)
        {
            return null;
        }

        var what = root.Namespace == XliffNamespaces.Core12
            ? ExchangeNote.Keyed(XliffMessages.Xliff12NotXliff2, ("version", root.VersionAttribute ?? string.Empty), ("namespace", XliffNamespaces.Core12))
            : ExchangeNote.Keyed(XliffMessages.NotXliff2, ("element", root.ElementName), ("version", root.VersionAttribute ?? string.Empty), ("namespace", root.Namespace),
                ("namespace20", XliffNamespaces.Core20), ("namespace22", XliffNamespaces.Core22));
        return XliffImportResult.Refused(XliffImportStatus.NotXliff2, what);
    }

    private static readonly Validation.XliffValidator Validator = new();

    /// <summary>
    /// The version's schemas and processing requirements (<see cref="Validation.XliffValidator"/>) over the file without
    /// its segments' targets and the states that describe them (a translation candidate's target stays: the module
    /// requires it), so that a target with a missing, extra or broken code rejects only its unit, with the importer's
    /// precise message, instead of refusing the whole file; then the structure
    /// import needs to read the file safely: files and units with ids, units made of segments and ignorables each
    /// holding one source and at most one target.
    /// </summary>
    public IReadOnlyList<ExchangeNote> ValidateStructure(XDocument xliff, XliffRoot root, int parallelism)
    {
        Validation.XliffValidationReport report;
        // The state tells of the target: left alone, "translated" without its target would refuse the whole file.
        using (DetachedTargets.From(xliff.Descendants(ns + "target").Where(t => t.Parent is { } part && IsPart(part))))
        {
            // Without line positions, as these messages have always been (they were found on a copy, which has none).
            report = Validator.Validate(xliff, root, locateFaults: false, parallelism);
        }

        if (!report.IsValid)
        {
            return report.Faults.Select(f => f.HasLocation
                ? ExchangeNote.Keyed(XliffMessages.RuleFaultAt, ("line", f.Line.ToString(CultureInfo.InvariantCulture)), ("position", f.Position.ToString(CultureInfo.InvariantCulture)), ("code", f.Code), ("detail", f.Message))
                : ExchangeNote.Keyed(XliffMessages.RuleFault, ("code", f.Code), ("detail", f.Message))).ToArray();
        }

        var faults = new List<ExchangeNote>();
        foreach (var file in xliff.Root!.Elements(ns + "file").Where(f => string.IsNullOrEmpty((string?)f.Attribute("id"))))
        {
            faults.Add(FaultLocation.At(file, ExchangeNote.Keyed(XliffMessages.FileNoId)));
        }

        foreach (var unit in xliff.Root.Descendants(ns + "unit"))
        {
            var id = (string?)unit.Attribute("id");
            if (string.IsNullOrEmpty(id))
            {
                faults.Add(FaultLocation.At(unit, ExchangeNote.Keyed(XliffMessages.UnitNoId)));
            }

            var parts = unit.Elements().Where(IsPart).ToList();
            if (!parts.Any(p => p.Name.LocalName == "segment"))
            {
                faults.Add(FaultLocation.At(unit, ExchangeNote.Keyed(XliffMessages.UnitNoSegment, ("unit", id ?? string.Empty))));
            }

            faults.AddRange(parts
                .Where(p => p.Elements(ns + "source").Count() != 1 || p.Elements(ns + "target").Count() > 1)
                .Select(p => FaultLocation.At(p, ExchangeNote.Keyed(XliffMessages.PartShape, ("part", p.Name.LocalName), ("unit", id ?? string.Empty)))));
        }

        return faults;
    }

    /// <inheritdoc/>
    public IReadOnlyList<ReturnedFile> ReadFiles(XDocument xliff, int parallelism)
    {
        var root = xliff.Root!;
        var files = root.Elements(ns + "file").ToList();
        return SideBySide.Map(files.Count, parallelism, i => ReadFile(root, files[i]));
    }

    private ReturnedFile ReadFile(XElement root, XElement file) =>
        new(
            (string?)file.Attribute("id") ?? string.Empty,
            file.Elements(Mda + "metadata").Descendants(Mda + "meta")
                .FirstOrDefault(m => (string?)m.Attribute("type") == Xliff2Names.JobIdMeta)?.Value,
            (string?)root.Attribute("srcLang"),
            (string?)root.Attribute("trgLang"),
            file.Descendants(ns + "unit").Select(ReadUnit).ToList());

    private bool IsPart(XElement element) => element.Name.Namespace == ns && element.Name.LocalName is "segment" or "ignorable";

    private bool HasSpanningCodes(XElement content) =>
        content.Descendants().Any(e => e.Name.Namespace == ns && e.Name.LocalName is "sc" or "ec");

    private ReturnedUnit ReadUnit(XElement unit)
    {
        var id = Xliff2UnitIds.Decode((string?)unit.Attribute("id") ?? string.Empty);
        var problems = DanglingDataRefs(unit, id);
        var pieces = new List<(XElement Content, int Order)>();
        var segment = 0;
        var untranslated = new List<int>();
        var position = 0;
        foreach (var part in unit.Elements())
        {
            if (!IsPart(part))
            {
                continue;
            }

            position++;
            var isSegment = part.Name.LocalName == "segment";
            segment += isSegment ? 1 : 0;
            if (part.Element(ns + "target") is { } target)
            {
                pieces.Add((target, TargetOrder(target, position, id, problems)));
            }
            else if (isSegment)
            {
                untranslated.Add(segment);
            }
            else if (part.Element(ns + "source") is { } whitespace)
            {
                pieces.Add((whitespace, position));
            }
        }

        if (untranslated.Count == segment)
        {
            return new ReturnedUnit(id, null, problems, OriginalData(unit));
        }

        problems.AddRange(untranslated.Select(n => ExchangeNote.Keyed(XliffMessages.SegmentUntranslated, ("unit", id), ("segment", n), ("segments", segment))));
        if (pieces is [var only] && !HasSpanningCodes(only.Content))
        {
            // One target and nothing to rejoin: its content as it stands, which the readers take as they would a copy.
            return new ReturnedUnit(id, only.Content, problems, OriginalData(unit));
        }

        problems.AddRange(pieces.GroupBy(p => p.Order).Where(g => g.Count() > 1).Select(g => ExchangeNote.Counted(XliffMessages.OrderTaken, g.Count(), ("unit", id), ("position", g.Key))));
        var joined = Xliff2SpanningCodes.Rejoin(ns + "target", [], pieces.OrderBy(p => p.Order).SelectMany(p => p.Content.Nodes()), id, problems);
        return new ReturnedUnit(id, joined, problems, OriginalData(unit));
    }

    private Dictionary<string, string> OriginalData(XElement unit)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var each in unit.Elements(ns + "originalData").Elements(ns + "data"))
        {
            data.TryAdd((string?)each.Attribute("id") ?? string.Empty, each.Value);
        }

        return data;
    }

    private static int TargetOrder(XElement target, int position, string id, List<ExchangeNote> problems)
    {
        var order = (string?)target.Attribute("order");
        if (order is null)
        {
            return position;
        }
        if (int.TryParse(order, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        problems.Add(ExchangeNote.Keyed(XliffMessages.OrderNotPosition, ("unit", id), ("order", order)));
        return position;
    }

    private List<ExchangeNote> DanglingDataRefs(XElement unit, string id)
    {
        var data = new HashSet<string>(StringComparer.Ordinal);
        foreach (var each in unit.Element(ns + "originalData")?.Elements(ns + "data") ?? [])
        {
            if ((string?)each.Attribute("id") is { } dataId)
            {
                data.Add(dataId);
            }
        }

        var problems = new List<ExchangeNote>();
        foreach (var code in unit.Elements().Where(IsPart).Descendants().Where(e => e.HasAttributes))
        {
            foreach (var name in DataRefAttributes)
            {
                if (code.Attribute(name) is { } reference && !data.Contains(reference.Value))
                {
                    problems.Add(ExchangeNote.Keyed(XliffMessages.DanglingDataRef, ("unit", id), ("element", code.Name.LocalName), ("id", (string?)code.Attribute("id") ?? string.Empty), ("attribute", reference.Name.LocalName), ("value", reference.Value)));
                }
            }
        }

        return problems;
    }
}
