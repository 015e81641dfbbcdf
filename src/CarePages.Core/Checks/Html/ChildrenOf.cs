using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// The children of a node, last first, for walkers that push them on a stack. AngleSharp's <c>PreviousSibling</c>,
/// <c>NextSibling</c> and their element variants search the parent's child list on every call, so walking siblings
/// with them is quadratic in the number of children; indexing <see cref="INode.ChildNodes"/> is constant time.
/// The enumerators are structs: every check walks every node, and an enumerator object per node added up.
/// </summary>
public static class ChildrenOf
{
    /// <summary>The child nodes of <paramref name="node"/> from last to first.</summary>
    public static ChildrenLastFirst LastFirst(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ChildrenLastFirst(node.ChildNodes);
    }

    /// <summary>The child elements of <paramref name="node"/> from last to first.</summary>
    public static ChildElementsLastFirst ElementsLastFirst(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ChildElementsLastFirst(node.ChildNodes);
    }
}
