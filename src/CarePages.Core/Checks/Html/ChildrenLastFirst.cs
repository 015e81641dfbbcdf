using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>The child nodes of a node from last to first, for <c>foreach</c> (see <see cref="ChildrenOf.LastFirst"/>).</summary>
public struct ChildrenLastFirst
{
    private readonly INodeList _children;
    private int _index;

    internal ChildrenLastFirst(INodeList children)
    {
        _children = children;
        _index = children.Length;
    }

    /// <summary>The current child.</summary>
    public readonly INode Current => _children[_index];

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly ChildrenLastFirst GetEnumerator() => this;

    /// <summary>Moves to the child before the current one.</summary>
    public bool MoveNext() => --_index >= 0;
}
