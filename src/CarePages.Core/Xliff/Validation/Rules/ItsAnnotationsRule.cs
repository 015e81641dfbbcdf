using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The usage descriptions of the ITS module's inline annotations (XLIFF 2.1 and 2.2, ITS Module), checked on every
/// core element that carries the attributes. ITS Localization Quality Issue Annotation: "Exactly one of" a
/// <c>its:locQualityIssuesRef</c> or at least one of <c>its:locQualityIssueType</c> and
/// <c>its:locQualityIssueComment</c>; with the reference, severity, profile and enabled "MUST NOT be set". ITS Text
/// Analysis Annotation: <c>its:taClassRef</c> or exactly one of a <c>its:taSource</c>/<c>its:taIdent</c> pair (both
/// set) and <c>its:taIdentRef</c>. ITS Provenance Annotation (on <c>mrk</c>, <c>sm</c>): with
/// <c>its:provenanceRecordsRef</c>, none of the twelve provenance attributes. ITS Terminology Annotation: its
/// <c>type</c> is <c>term</c> or <c>its:term-no</c> (so <c>its:termConfidence</c> stands on such a marker), and not
/// both <c>value</c> and <c>ref</c> on <c>its:term-no</c>. The other annotations' <c>type</c> "is OPTIONAL and set to
/// its:generic".
/// </summary>
internal sealed class ItsAnnotationsRule : IXliff2Rule
{
    private static readonly XNamespace Its = XliffNamespaces.Its;

    private static readonly XNamespace Itsm = XliffNamespaces.ItsMapping;

    private static readonly string[] IssueDetails = ["locQualityIssueSeverity", "locQualityIssueProfileRef", "locQualityIssueEnabled"];

    private static readonly string[] Generic =
    [
        "allowedCharacters", "localeFilterList", "localeFilterType", "locQualityIssuesRef", "locQualityIssueType",
        "locQualityIssueComment", "locQualityIssueSeverity", "locQualityIssueProfileRef", "locQualityIssueEnabled",
        "locQualityRatingScore", "locQualityRatingScoreThreshold", "locQualityRatingVote", "locQualityRatingVoteThreshold",
        "locQualityRatingProfileRef", "mtConfidence", "provenanceRecordsRef", "taClassRef", "taConfidence", "taIdent",
        "taIdentRef", "taSource", .. ProvenanceAttributes.Names,
    ];

    /// <inheritdoc />
    public string Code => "its-annotations";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var annotated = document.WithAttributesIn(Its).Concat(document.WithAttributesIn(Itsm))
            .Concat(document.Attributes("type").Where(t => t.Value == "its:term-no").Select(t => t.Parent!))
            .Where(document.IsCore).ToHashSet();
        // In document order, which the index's lists are only one by one.
        foreach (var element in annotated.Count == 0 ? [] : document.Elements.Where(annotated.Contains))
        {
            CheckIssue(element, faults);
            CheckTextAnalysis(element, faults);
            if (document.Is(element, "mrk") || document.Is(element, "sm"))
            {
                CheckMarker(element, faults);
            }
        }
    }

    private static void CheckIssue(XElement element, Xliff2FaultCollector faults)
    {
        var reference = element.Attribute(Its + "locQualityIssuesRef");
        var described = element.Attribute(Its + "locQualityIssueType") ?? element.Attribute(Its + "locQualityIssueComment");
        var details = IssueDetails.Select(n => element.Attribute(Its + n)).OfType<XAttribute>().ToList();
        if (reference is not null && described is not null)
        {
            faults.Report(described, $"{Xliff2Document.Describe(element)} has its:locQualityIssuesRef and its:{described.Name.LocalName}; a quality issue annotation has exactly one of "
                + "the standoff reference or the issue's type and comment.");
        }
        else if (reference is null && described is null && details.Count > 0)
        {
            faults.Report(details[0], $"{Xliff2Document.Describe(element)} has its:{details[0].Name.LocalName} but neither its:locQualityIssueType nor its:locQualityIssueComment "
                + "(nor its:locQualityIssuesRef); a quality issue annotation must say what the issue is.");
        }

        if (reference is not null)
        {
            foreach (var detail in details)
            {
                faults.Report(detail, $"{Xliff2Document.Describe(element)} has its:locQualityIssuesRef and its:{detail.Name.LocalName}; with the standoff reference the details belong on the <its:locQualityIssue> elements.");
            }
        }
    }

    private static void CheckTextAnalysis(XElement element, Xliff2FaultCollector faults)
    {
        var source = element.Attribute(Its + "taSource");
        var ident = element.Attribute(Its + "taIdent");
        var identRef = element.Attribute(Its + "taIdentRef");
        var half = source is null != (ident is null) ? source ?? ident : null;
        if (half is not null)
        {
            faults.Report(half, $"{Xliff2Document.Describe(element)} has its:{half.Name.LocalName} without its:{(half == source ? "taIdent" : "taSource")}; they identify an entity as a pair.");
        }
        else if (source is not null && identRef is not null)
        {
            faults.Report(identRef, $"{Xliff2Document.Describe(element)} has its:taIdentRef and the pair its:taSource/its:taIdent; exactly one of them identifies the entity.");
        }

        else if (element.Attribute(Its + "taConfidence") is { } any && element.Attribute(Its + "taClassRef") is null && identRef is null && source is null)
        {
            faults.Report(any, $"{Xliff2Document.Describe(element)} is a text analysis annotation without its:taClassRef, its:taIdentRef or the pair its:taSource/its:taIdent; at least one must be set.");
        }
    }

    private static void CheckMarker(XElement marker, Xliff2FaultCollector faults)
    {
        if (marker.Attribute(Its + "provenanceRecordsRef") is not null)
        {
            foreach (var provenance in ProvenanceAttributes.Names.Select(n => marker.Attribute(Its + n)).OfType<XAttribute>())
            {
                faults.Report(provenance, $"{Xliff2Document.Describe(marker)} has its:provenanceRecordsRef and its:{provenance.Name.LocalName}; with the standoff reference the records hold the provenance.");
            }
        }

        var type = Xliff2Document.Value(marker, "type");
        var termConfidence = marker.Attribute(Its + "termConfidence");
        if (termConfidence is not null && type is not ("term" or "its:term-no"))
        {
            faults.Report(termConfidence, $"{Xliff2Document.Describe(marker)} has its:termConfidence but type=\"{type}\"; the ITS Terminology Annotation has type \"term\" or \"its:term-no\".");
        }

        if (type == "its:term-no" && marker.Attribute("value") is not null && marker.Attribute("ref") is not null)
        {
            faults.Report(marker, $"{Xliff2Document.Describe(marker)} has type=\"its:term-no\" with both value and ref; not more than one of them may be set.");
        }

        var generic = Generic.Select(n => marker.Attribute(Its + n)).Concat([marker.Attribute(Itsm + "domains"), marker.Attribute(Itsm + "lang")])
            .OfType<XAttribute>().FirstOrDefault();
        if (generic is not null && type is not null && type != "its:generic")
        {
            var prefix = generic.Name.Namespace == Its ? "its" : "itsm";
            faults.Report(marker.Attribute("type")!, $"{Xliff2Document.Describe(marker)} has {prefix}:{generic.Name.LocalName} and type=\"{type}\"; the ITS annotation's type is optional and, when set, \"its:generic\".");
        }
    }
}
