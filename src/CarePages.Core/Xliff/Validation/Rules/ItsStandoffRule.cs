using System.Globalization;
using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The ITS module's standoff elements and the references to them (XLIFF 2.1 and 2.2, ITS Module, Module Elements and
/// Module Attributes). A <c>&lt;its:locQualityIssue&gt;</c> has <c>locQualityIssueType</c> or
/// <c>locQualityIssueComment</c> ("At least one ... MUST be set"), and its unqualified attributes, which the module
/// schema leaves untyped, take the values the attributes describe (a type from the list, a severity from 0.0 to
/// 100.0, enabled yes or no); a <c>&lt;its:provenanceRecord&gt;</c> has at least one of the twelve provenance
/// attributes. <c>its:locQualityIssuesRef</c> "MUST be an IRI referencing a &lt;locQualityIssues&gt; element within
/// the same &lt;unit&gt;"; <c>its:provenanceRecordsRef</c> references a <c>&lt;provenanceRecords&gt;</c> within the
/// innermost enclosing unit (on a marker) or on the same element or an ancestor (on a file, group or unit). Only
/// fragment identifiers (<c>#its=lqi1</c>, <c>#/f=f1/u=u1/its=lqi1</c>) are resolved: another IRI may name this very
/// document by its address (the module's own Localization Quality Issue example writes a bare <c>lqi1</c>).
/// </summary>
internal sealed class ItsStandoffRule : IXliff2Rule
{
    private static readonly XNamespace Its = XliffNamespaces.Its;

    private static readonly HashSet<string> IssueTypes = new(StringComparer.Ordinal)
    {
        "terminology", "mistranslation", "omission", "untranslated", "addition", "duplication", "inconsistency",
        "grammar", "legal", "register", "locale-specific-content", "locale-violation", "style", "characters",
        "misspelling", "typographical", "formatting", "inconsistent-entities", "numbers", "markup", "pattern-problem",
        "whitespace", "internationalization", "length", "non-conformance", "uncategorized", "other",
    };

    /// <inheritdoc />
    public string Code => "its-standoff";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var issue in document.Descendants(Its + "locQualityIssue"))
        {
            CheckIssue(issue, faults);
        }

        foreach (var record in document.Descendants(Its + "provenanceRecord").Where(r => !ProvenanceAttributes.Names.Any(n => r.Attribute(n) is not null)))
        {
            faults.Report(record, "<its:provenanceRecord> has none of the provenance attributes (person, org, tool, revPerson, revOrg, revTool, or their …Ref forms); at least one must be set.");
        }

        foreach (var reference in document.Attributes(Its + "locQualityIssuesRef"))
        {
            var unit = document.UnitOf(reference.Parent!);
            CheckReference(document, reference, unit?.Descendants(Its + "locQualityIssues") ?? [], "<its:locQualityIssues>", "its unit", faults);
        }

        foreach (var reference in document.Attributes(Its + "provenanceRecordsRef"))
        {
            var element = reference.Parent!;
            var marker = document.Is(element, "mrk") || document.Is(element, "sm");
            var candidates = marker
                ? document.UnitOf(element)?.Descendants(Its + "provenanceRecords") ?? []
                : element.AncestorsAndSelf().Elements(Its + "provenanceRecords");
            CheckReference(document, reference, candidates, "<its:provenanceRecords>", marker ? "its unit" : "it or an ancestor", faults);
        }
    }

    private static void CheckIssue(XElement issue, Xliff2FaultCollector faults)
    {
        if (issue.Attribute("locQualityIssueType") is null && issue.Attribute("locQualityIssueComment") is null)
        {
            faults.Report(issue, "<its:locQualityIssue> has neither locQualityIssueType nor locQualityIssueComment; at least one must be set.");
        }

        if (issue.Attribute("locQualityIssueType") is { } type && !IssueTypes.Contains(type.Value))
        {
            faults.Report(type, $"<its:locQualityIssue> has locQualityIssueType=\"{type.Value}\", which is not one of the ITS issue types.");
        }

        if (issue.Attribute("locQualityIssueSeverity") is { } severity
            && !(decimal.TryParse(severity.Value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) && score is >= 0m and <= 100m))
        {
            faults.Report(severity, $"<its:locQualityIssue> has locQualityIssueSeverity=\"{severity.Value}\"; the severity is a decimal number between 0.0 and 100.0.");
        }

        if (issue.Attribute("locQualityIssueEnabled") is { } enabled && enabled.Value is not ("yes" or "no"))
        {
            faults.Report(enabled, $"<its:locQualityIssue> has locQualityIssueEnabled=\"{enabled.Value}\"; it is \"yes\" or \"no\".");
        }
    }

    private static void CheckReference(Xliff2Document document, XAttribute reference, IEnumerable<XElement> candidates, string target, string where, Xliff2FaultCollector faults)
    {
        if (!reference.Value.StartsWith('#'))
        {
            return;
        }

        var element = reference.Parent!;
        var described = $"{Xliff2Document.Describe(element)} has its:{reference.Name.LocalName}=\"{reference.Value}\"";
        var fragment = FragmentIdentifier.Parse(reference.Value, document.FragmentPrefixes);
        if (fragment.Fault is { } fault)
        {
            faults.Report(reference, $"{described}, which is not a valid fragment identifier: {fault}.");
            return;
        }

        var (prefix, id) = fragment.Parts[^1];
        var file = element.AncestorsAndSelf(document.Ns + "file").FirstOrDefault();
        var unit = element.AncestorsAndSelf(document.Ns + "unit").FirstOrDefault();
        var elsewhere = (fragment.IdOf("f") is { } fileId && fileId != Xliff2Document.Value(file!, "id"))
            || (unit is not null && fragment.IdOf("u") is { } unitId && unitId != Xliff2Document.Value(unit, "id"));
        if (prefix != "its" || elsewhere || !candidates.Any(c => (string?)c.Attribute(XNamespace.Xml + "id") == id))
        {
            faults.Report(reference, $"{described}, but it names no {target} in {where}" + (prefix == "its" ? "." : "; a module element is named with the prefix its= (e.g. #its=id)."));
        }
    }
}
