using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// <c>&lt;sm&gt;</c> and <c>&lt;em&gt;</c> pair up within a unit, the sources apart from the targets (targets read in
/// reading order): an <c>em</c> names, with <c>startRef</c>, an <c>sm</c> before it, and an <c>sm</c> has an <c>em</c>
/// after it (XLIFF 2.1 and 2.2 Part 1, the <c>sm</c> and <c>em</c> elements and Annotations: the end marker is in the same unit, after the start marker). A
/// lone <c>sm</c> stands only where the rest of the unit is not there to hold its <c>em</c>: in a target when some
/// segment or ignorable of the unit is not translated yet, or outside the segments (a module's fragment, such as a
/// <c>mtc:match</c>), which this rule does not read.
/// </summary>
internal sealed class MarkerPairsRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "sm-em";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var untranslated = document.Parts(unit).Any(p => p.Element(document.Ns + "target") is null);
            foreach (var targets in new[] { false, true })
            {
                var inline = document.Inline(unit, targets).ToList();
                CheckEnds(document, inline, faults);
                if (!targets || !untranslated)
                {
                    CheckStarts(document, unit, inline, targets, faults);
                }
            }
        }
    }

    private static void CheckEnds(Xliff2Document document, List<XElement> inline, Xliff2FaultCollector faults)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in inline)
        {
            if (document.Is(element, "sm"))
            {
                seen.Add(Xliff2Document.Value(element, "id") ?? string.Empty);
            }
            else if (document.Is(element, "em") && Xliff2Document.Value(element, "startRef") is { } startRef && !seen.Contains(startRef))
            {
                faults.Report(element, inline.Any(e => document.Is(e, "sm") && Xliff2Document.Value(e, "id") == startRef)
                    ? $"<em startRef=\"{startRef}\"> comes before its <sm id=\"{startRef}\">; the end marker must follow the start marker."
                    : $"<em startRef=\"{startRef}\"> names no <sm id=\"{startRef}\"> in the same unit.");
            }
        }
    }

    private static void CheckStarts(Xliff2Document document, XElement unit, List<XElement> inline, bool targets, Xliff2FaultCollector faults)
    {
        for (var i = 0; i < inline.Count; i++)
        {
            if (document.Is(inline[i], "sm") && Xliff2Document.Value(inline[i], "id") is { } id
                && !inline.Skip(i + 1).Any(e => document.Is(e, "em") && Xliff2Document.Value(e, "startRef") == id))
            {
                faults.Report(inline[i], $"<sm id=\"{id}\"> has no <em startRef=\"{id}\"> after it in the {(targets ? "targets" : "sources")} of unit "
                    + $"\"{Xliff2Document.Value(unit, "id")}\"; a start marker needs its end marker in the same unit.");
            }
        }
    }
}
