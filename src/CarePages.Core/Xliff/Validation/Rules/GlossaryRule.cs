using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Glossary module (<c>gls</c>; XLIFF 2.1 and 2.2 Part 2): a <c>&lt;gls:glossEntry&gt;</c> "MUST contain a
/// &lt;translation&gt; or a &lt;definition&gt; element" (its Constraints); <c>id</c> values are unique among all
/// <c>glossEntry</c> and <c>translation</c> elements of the enclosing <c>&lt;gls:glossary&gt;</c> (the <c>id</c>
/// attribute's Constraints); and a <c>ref</c> "MUST point to a span of text within the same &lt;unit&gt; element, where
/// the enclosing &lt;glossary&gt; element is located" (the <c>ref</c> attribute's Constraints).
/// </summary>
internal sealed class GlossaryRule : IXliff2Rule
{
    private static readonly XNamespace Gls = XliffNamespaces.Glossary;

    /// <inheritdoc />
    public string Code => "glossary";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var glossary in document.Descendants(Gls + "glossary"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in glossary.Elements(Gls + "glossEntry"))
            {
                if (!entry.Elements(Gls + "translation").Any() && !entry.Elements(Gls + "definition").Any())
                {
                    faults.Report(entry, $"{Xliff2Document.Describe(entry)} has neither a <gls:translation> nor a <gls:definition>; a glossary entry must contain one of them.");
                }

                foreach (var element in entry.Elements(Gls + "translation").Prepend(entry))
                {
                    if (Xliff2Document.Value(element, "id") is { } id && !seen.Add(id))
                    {
                        faults.Report(element.Attribute("id")!, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is used twice among the glossary entries and translations of its <gls:glossary>.");
                    }

                    CheckReference(document, glossary, element, faults);
                }
            }
        }
    }

    private static void CheckReference(Xliff2Document document, XElement glossary, XElement element, Xliff2FaultCollector faults)
    {
        if (element.Attribute("ref") is { } reference && document.UnitOf(glossary) is { } unit && !UnitSpanReference.MayPointInto(document, unit, reference.Value))
        {
            faults.Report(reference, $"{Xliff2Document.Describe(element)} has ref=\"{reference.Value}\", which is no span of text in unit \"{Xliff2Document.Value(unit, "id")}\"; "
                + "a glossary ref must point to a segment or inline element of the unit that holds the glossary.");
        }
    }
}
