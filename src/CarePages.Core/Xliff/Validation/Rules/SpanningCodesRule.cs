using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// <c>&lt;sc&gt;</c> and <c>&lt;ec&gt;</c> pair up within a unit, sources with sources and targets with targets: an
/// <c>ec</c> comes after its <c>sc</c> and names it with <c>startRef</c>; a code whose partner is in another unit says
/// <c>isolated="yes"</c> (and an isolated <c>ec</c> has an <c>id</c>, not a <c>startRef</c>); a pair agrees on
/// <c>canCopy</c>, <c>canDelete</c>, <c>canOverlap</c> and <c>canReorder</c> (<c>firstNo</c> on the start, <c>no</c> on the end).
/// </summary>
internal sealed class SpanningCodesRule : IXliff2Rule
{
    private static readonly string[] SharedHints = ["canCopy", "canDelete", "canOverlap"];

    /// <inheritdoc />
    public string Code => "sc-ec";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            CheckSide(document, document.Inline(unit, targets: false).ToList(), faults);
            CheckSide(document, document.Inline(unit, targets: true).ToList(), faults);
        }
    }

    private static void CheckSide(Xliff2Document document, List<XElement> inline, Xliff2FaultCollector faults)
    {
        var starts = inline.Where(e => document.Is(e, "sc")).ToList();
        var open = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var closed = new HashSet<XElement>();
        foreach (var element in inline)
        {
            if (document.Is(element, "sc") && Xliff2Document.Value(element, "isolated") != "yes")
            {
                open[Xliff2Document.Value(element, "id")!] = element;
            }
            else if (document.Is(element, "ec"))
            {
                CheckEnd(element, open, starts, closed, faults);
            }
        }

        foreach (var start in starts.Where(s => !closed.Contains(s)))
        {
            var isolated = Xliff2Document.Value(start, "isolated") == "yes";
            var end = inline.FirstOrDefault(e => document.Is(e, "ec") && Xliff2Document.Value(e, "startRef") == Xliff2Document.Value(start, "id"));
            if (isolated && end is not null)
            {
                faults.Report(start, $"{Xliff2Document.Describe(start)} says isolated=\"yes\", but its <ec startRef> is in the same unit.");
            }
            else if (!isolated)
            {
                faults.Report(start, $"{Xliff2Document.Describe(start)} has no <ec startRef=\"{Xliff2Document.Value(start, "id")}\"> after it in the same unit; "
                    + "a code whose end is in another unit needs isolated=\"yes\".");
            }
        }
    }

    private static void CheckEnd(XElement end, Dictionary<string, XElement> open, List<XElement> starts, HashSet<XElement> closed, Xliff2FaultCollector faults)
    {
        var id = Xliff2Document.Value(end, "id");
        var startRef = Xliff2Document.Value(end, "startRef");
        if (Xliff2Document.Value(end, "isolated") == "yes")
        {
            if (startRef is not null || id is null)
            {
                faults.Report(end, $"<ec> with isolated=\"yes\" must have an id and no startRef (it has {(startRef is null ? "no id" : $"startRef=\"{startRef}\"")}).");
            }

            return;
        }

        if (startRef is null || id is not null)
        {
            faults.Report(end, startRef is null
                ? $"<ec id=\"{id}\"> has no startRef: an end code names its <sc> with startRef, or says isolated=\"yes\" when the <sc> is in another unit."
                : $"<ec startRef=\"{startRef}\"> also has id=\"{id}\": only an isolated end code has an id.");
            return;
        }

        if (!open.Remove(startRef, out var start))
        {
            faults.Report(end, starts.Any(s => Xliff2Document.Value(s, "id") == startRef && !closed.Contains(s))
                ? $"<ec startRef=\"{startRef}\"> comes before its <sc id=\"{startRef}\">; the end code must follow the start code."
                : $"<ec startRef=\"{startRef}\"> names no open <sc id=\"{startRef}\"> in the same unit.");
            return;
        }

        closed.Add(start);
        foreach (var hint in SharedHints)
        {
            var startValue = Xliff2Document.Value(start, hint) ?? "yes";
            var endValue = Xliff2Document.Value(end, hint) ?? "yes";
            if (startValue != endValue)
            {
                faults.Report(end, $"<ec startRef=\"{startRef}\"> has {hint}=\"{endValue}\" but its <sc> has {hint}=\"{startValue}\"; they must match.");
            }
        }

        var startReorder = Xliff2Document.Value(start, "canReorder") ?? "yes";
        var expectedReorder = startReorder == "firstNo" ? "no" : startReorder;
        var endReorder = Xliff2Document.Value(end, "canReorder") ?? "yes";
        if (endReorder != expectedReorder)
        {
            faults.Report(end, $"<ec startRef=\"{startRef}\"> has canReorder=\"{endReorder}\" but its <sc> has canReorder=\"{startReorder}\"; the end must say \"{expectedReorder}\".");
        }
    }
}
