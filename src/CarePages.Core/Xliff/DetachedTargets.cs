using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// Targets taken out of the document they were loaded in, with the <c>state</c> and <c>subState</c> of the segment
/// or ignorable holding each, for as long as the document is validated without them; disposing puts every target and
/// attribute back where it was (the same objects, so line information stays), leaving the document as loaded.
/// </summary>
internal sealed class DetachedTargets : IDisposable
{
    // Put back in the reverse order of taking out: each target's previous node is then the one it had when taken.
    private readonly Stack<(XElement Target, XElement Part, XNode? Previous)> targets = new();
    private readonly Stack<(XElement Part, XAttribute[] Attributes)> partAttributes = new();

    private DetachedTargets()
    {
    }

    /// <summary>Takes <paramref name="targets"/>, each the child of a segment or ignorable, out of their document.</summary>
    public static DetachedTargets From(IEnumerable<XElement> targets)
    {
        var detached = new DetachedTargets();
        foreach (var target in targets.ToList())
        {
            var part = target.Parent!;
            if (part.Attribute("state") is not null || part.Attribute("subState") is not null)
            {
                detached.partAttributes.Push((part, part.Attributes().ToArray()));
                part.Attributes().Where(a => a.Name == "state" || a.Name == "subState").Remove();
            }

            detached.targets.Push((target, part, target.PreviousNode));
            target.Remove();
        }

        return detached;
    }

    /// <summary>Puts the targets and their parts' attributes back.</summary>
    public void Dispose()
    {
        while (targets.TryPop(out var each))
        {
            if (each.Previous is null)
            {
                each.Part.AddFirst(each.Target);
            }
            else
            {
                each.Previous.AddAfterSelf(each.Target);
            }
        }

        while (partAttributes.TryPop(out var each))
        {
            each.Part.ReplaceAttributes(each.Attributes);
        }
    }
}
