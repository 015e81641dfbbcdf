using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Translation Candidates module (<c>mtc</c>; XLIFF 2.1 and 2.2 Part 2): a <c>&lt;mtc:match&gt;</c>'s <c>ref</c>
/// "MUST point to a span of text within the same &lt;unit&gt; element where the &lt;match&gt; is located" (the
/// <c>ref</c> attribute's Constraints); the core elements a match reuses follow "XLIFF Core Reuse": inline ids unique
/// within the match, a target element reusing only the id of its counterpart in the match's source, and
/// <c>dataRef</c>, <c>dataRefStart</c> and <c>dataRefEnd</c> naming a <c>&lt;data&gt;</c> of the match; and a
/// Translation Candidate Annotation (<c>&lt;mrk&gt;</c> or <c>&lt;sm&gt;</c> with <c>type="mtc:match"</c>) does not
/// use <c>ref</c>. Ids of matches and of their data are left to the extension-id and unique-id rules.
/// </summary>
internal sealed class TranslationCandidatesRule : IXliff2Rule
{
    private static readonly XNamespace Mtc = XliffNamespaces.Matches;

    /// <inheritdoc />
    public string Code => "matches";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            foreach (var annotation in document.Inline(unit).Where(e => (document.Is(e, "mrk") || document.Is(e, "sm")) && Xliff2Document.Value(e, "type") == "mtc:match"))
            {
                if (annotation.Attribute("ref") is { } reference)
                {
                    faults.Report(reference, $"The translation candidate annotation {Xliff2Document.Describe(annotation)} has ref=\"{reference.Value}\"; "
                        + "the Translation Candidates module says its ref attribute is not used (the match points to the annotation, not the reverse).");
                }
            }

            foreach (var match in unit.Elements(Mtc + "matches").Elements(Mtc + "match"))
            {
                CheckReference(document, unit, match, faults);
                CheckInlineIds(document, match, faults);
                CheckDataReferences(document, match, faults);
            }
        }
    }

    private static void CheckReference(Xliff2Document document, XElement unit, XElement match, Xliff2FaultCollector faults)
    {
        if (match.Attribute("ref") is { } reference && !UnitSpanReference.MayPointInto(document, unit, reference.Value))
        {
            faults.Report(reference, $"<mtc:match> has ref=\"{reference.Value}\", which is no span of text in unit \"{Xliff2Document.Value(unit, "id")}\"; "
                + "a match's ref must point to a segment or inline element of the unit that holds it.");
        }
    }

    private static void CheckInlineIds(Xliff2Document document, XElement match, Xliff2FaultCollector faults)
    {
        var source = match.Elements(document.Ns + "source").Descendants().Where(document.IsCore).Where(e => e.Attribute("id") is not null).ToList();
        var sourceIds = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in source)
        {
            var id = Xliff2Document.Value(element, "id")!;
            if (!sourceIds.TryAdd(id, element))
            {
                faults.Report(element, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is used twice in the source of a <mtc:match>; inline ids must be unique within the match.");
            }
        }

        var seenInTarget = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in match.Elements(document.Ns + "target").Descendants().Where(document.IsCore).Where(e => e.Attribute("id") is not null))
        {
            var id = Xliff2Document.Value(element, "id")!;
            if (!seenInTarget.Add(id))
            {
                faults.Report(element, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is used twice in the target of a <mtc:match>; inline ids must be unique within the match.");
            }
            else if (sourceIds.TryGetValue(id, out var counterpart) && counterpart.Name != element.Name)
            {
                faults.Report(element, $"{Xliff2Document.Describe(element)} in the target of a <mtc:match> reuses the id of {Xliff2Document.Describe(counterpart)} in its source; "
                    + "a target element may only reuse the id of its corresponding element.");
            }
        }
    }

    private static void CheckDataReferences(Xliff2Document document, XElement match, Xliff2FaultCollector faults)
    {
        var data = match.Elements(document.Ns + "originalData").Elements(document.Ns + "data")
            .Select(d => Xliff2Document.Value(d, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var inline = match.Elements(document.Ns + "source").Concat(match.Elements(document.Ns + "target")).Descendants().Where(document.IsCore);
        foreach (var element in inline)
        {
            foreach (var name in DataReferencesRule.Attributes)
            {
                if (Xliff2Document.Value(element, name) is { } reference && !data.Contains(reference))
                {
                    faults.Report(element.Attribute(name)!, $"{Xliff2Document.Describe(element)} in a <mtc:match> has {name}=\"{reference}\", which names no <data> of that match; "
                        + "a match's codes refer to the match's own <originalData>.");
                }
            }
        }
    }
}
