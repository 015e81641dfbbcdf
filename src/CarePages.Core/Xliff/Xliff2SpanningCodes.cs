using System.Xml.Linq;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// Turns <c>&lt;sc/&gt;</c>…<c>&lt;ec/&gt;</c> pairs back into <c>&lt;pc&gt;</c> once a unit's segments are joined.
/// A tool that splits a segment inside a paired code has to write it as a start and an end code in two segments;
/// joined, they enclose the same content the <c>pc</c> did. Unmatched, crossing or isolated codes are reported and
/// dropped, so the unit is rejected naming them (and the code they stood for as missing).
/// </summary>
internal static class Xliff2SpanningCodes
{
    /// <summary>
    /// An element named <paramref name="name"/> with <paramref name="attributes"/> and a copy of <paramref name="nodes"/>
    /// in which every well-nested sc/ec pair is made a <c>pc</c> (the nodes are copied once, here).
    /// </summary>
    public static XElement Rejoin(XName name, IEnumerable<XAttribute> attributes, IEnumerable<XNode> nodes, string unitId, List<ExchangeNote> problems)
    {
        var ns = name.Namespace;
        var open = new Stack<(XElement Start, List<XNode> Content)>();
        var top = new List<XNode>();
        foreach (var node in nodes)
        {
            var into = open.Count > 0 ? open.Peek().Content : top;
            if (node is XElement { Name.LocalName: "sc" } start && start.Name.Namespace == ns && (string?)start.Attribute("isolated") != "yes")
            {
                open.Push((start, []));
            }
            else if (node is XElement { Name.LocalName: "ec" } end && end.Name.Namespace == ns && (string?)end.Attribute("isolated") != "yes")
            {
                Close(end, open, top, unitId, problems);
            }
            else if (node is XElement { Name.LocalName: "sc" or "ec" } isolated && isolated.Name.Namespace == ns)
            {
                problems.Add(ExchangeNote.Keyed(XliffMessages.IsolatedCode, ("unit", unitId), ("element", isolated.Name.LocalName), ("id", (string?)isolated.Attribute("id") ?? string.Empty)));
            }
            else
            {
                into.Add(node is XElement { Name.LocalName: "pc" } paired && paired.Name.Namespace == ns
                    ? Rejoin(paired.Name, paired.Attributes(), paired.Nodes(), unitId, problems)
                    : node);
            }
        }

        while (open.Count > 0)
        {
            var (start, content) = open.Pop();
            problems.Add(ExchangeNote.Keyed(XliffMessages.ScUnclosed, ("unit", unitId), ("id", (string?)start.Attribute("id") ?? string.Empty)));
            (open.Count > 0 ? open.Peek().Content : top).AddRange(content);
        }

        return new XElement(name, attributes, top);
    }

    private static void Close(XElement end, Stack<(XElement Start, List<XNode> Content)> open, List<XNode> top, string unitId, List<ExchangeNote> problems)
    {
        var startRef = (string?)end.Attribute("startRef");
        if (open.Count == 0 || (string?)open.Peek().Start.Attribute("id") != startRef)
        {
            problems.Add(open.Count == 0
                ? ExchangeNote.Keyed(XliffMessages.EcUnopened, ("unit", unitId), ("id", startRef ?? string.Empty))
                : ExchangeNote.Keyed(XliffMessages.EcCrossing, ("unit", unitId), ("id", startRef ?? string.Empty), ("open", (string?)open.Peek().Start.Attribute("id") ?? string.Empty)));
            return;
        }

        var (start, content) = open.Pop();
        var pc = new XElement(start.Name.Namespace + "pc", new XAttribute("id", (string?)start.Attribute("id") ?? string.Empty), content);
        (open.Count > 0 ? open.Peek().Content : top).Add(pc);
    }
}
