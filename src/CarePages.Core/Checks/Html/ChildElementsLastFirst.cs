using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>The child elements of a node from last to first, for <c>foreach</c> (see <see cref="ChildrenOf.ElementsLastFirst"/>).</summary>
public struct ChildElementsLastFirst
{
    private ChildrenLastFirst _children;

    internal ChildElementsLastFirst(INodeList children) => _children = new ChildrenLastFirst(children);

    /// <summary>The current child element.</summary>
    public readonly IElement Current => (IElement)_children.Current;

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly ChildElementsLastFirst GetEnumerator() => this;

    /// <summary>Moves to the element before the current one.</summary>
    /// <remarks>By node type: asking a text node whether it is an element scans every interface it has.</remarks>
    public bool MoveNext()
    {
        while (_children.MoveNext())
        {
            if (_children.Current.NodeType == NodeType.Element)
            {
                return true;
            }
        }

        return false;
    }
}
