using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// The children of a node, last first, for walkers that push them on a stack. AngleSharp's <c>PreviousSibling</c>,
/// <c>NextSibling</c> and their element variants search the parent's child list on every call, so walking siblings
/// with them is quadratic in the number of children; indexing <see cref="INode.ChildNodes"/> is constant time.
/// </summary>
public static class ChildrenOf
{
    /// <summary>The child nodes of <paramref name="node"/> from last to first.</summary>
    public static IEnumerable<INode> LastFirst(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            yield return children[i];
        }
    }

    /// <summary>The child elements of <paramref name="node"/> from last to first.</summary>
    public static IEnumerable<IElement> ElementsLastFirst(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement element)
            {
                yield return element;
            }
        }
    }
}
