using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// What the rules read of one <c>&lt;unit&gt;</c>, found once for all of them (<see cref="Xliff2Document"/>): its
/// segments and ignorables, their sources and targets, and the core elements inside those.
/// </summary>
internal sealed class Xliff2UnitIndex
{
    /// <summary>Indexes <paramref name="unit"/> of <paramref name="document"/>.</summary>
    public Xliff2UnitIndex(Xliff2Document document, XElement unit)
    {
        var parts = new List<XElement>();
        foreach (var element in unit.Elements())
        {
            if (document.Is(element, "segment") || document.Is(element, "ignorable"))
            {
                parts.Add(element);
            }
        }

        Parts = parts;
        var sources = new List<XElement>();
        var sourceInline = new List<XElement>();
        var inline = new List<XElement>();
        // One walk for both lists: the sources' inline elements are those of every content that sit in a source.
        foreach (var content in parts.Elements())
        {
            var isSource = document.Is(content, "source");
            if (isSource)
            {
                sources.Add(content);
            }

            foreach (var element in content.Descendants())
            {
                if (document.IsCore(element))
                {
                    inline.Add(element);
                    if (isSource)
                    {
                        sourceInline.Add(element);
                    }
                }
            }
        }

        Sources = sources;
        SourceInline = sourceInline;
        Inline = inline;
        Targets = ReadingOrder(Parts, document.Ns + "target");
        TargetInline = Targets.Count == 0 ? [] : [.. Targets.Descendants().Where(document.IsCore)];
    }

    /// <summary>The <c>&lt;segment&gt;</c> and <c>&lt;ignorable&gt;</c> children, in order.</summary>
    public IReadOnlyList<XElement> Parts { get; }

    /// <summary>The parts' sources, in order.</summary>
    public IReadOnlyList<XElement> Sources { get; }

    /// <summary>The parts' targets in reading order (<see cref="Xliff2Document.Targets"/>).</summary>
    public IReadOnlyList<XElement> Targets { get; }

    /// <summary>The core elements inside the sources, in document order.</summary>
    public IReadOnlyList<XElement> SourceInline { get; }

    /// <summary>The core elements inside the targets, target by target in reading order.</summary>
    public IReadOnlyList<XElement> TargetInline { get; }

    /// <summary>The core elements inside every source and target, in document order.</summary>
    public IReadOnlyList<XElement> Inline { get; }

    private static XElement[] ReadingOrder(IReadOnlyList<XElement> parts, XName targetName)
    {
        var targets = new List<(XElement Target, long Order)>();
        for (var position = 1; position <= parts.Count; position++)
        {
            if (parts[position - 1].Element(targetName) is { } target)
            {
                targets.Add((target, Xliff2Document.OrderOf(target) ?? position));
            }
        }

        // OrderBy is stable, so document order breaks ties.
        return [.. targets.OrderBy(t => t.Order).Select(t => t.Target)];
    }
}
