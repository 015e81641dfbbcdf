using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// The children of a node that are <typeparamref name="TNode"/>, from last to first, for <c>foreach</c> (see
/// <see cref="ChildrenOf"/>).
/// </summary>
/// <typeparam name="TNode"><see cref="INode"/> for every child, <see cref="IElement"/> for the elements.</typeparam>
public struct ChildrenLastFirst<TNode>
    where TNode : class, INode
{
    private readonly INodeList _children;
    private int _index;

    internal ChildrenLastFirst(INodeList children)
    {
        _children = children;
        _index = children.Length;
    }

    /// <summary>The current child.</summary>
    public readonly TNode Current => (TNode)_children[_index];

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly ChildrenLastFirst<TNode> GetEnumerator() => this;

    /// <summary>Moves to the previous child that is a <typeparamref name="TNode"/>.</summary>
    public bool MoveNext()
    {
        while (--_index >= 0)
        {
            if (_children[_index] is TNode)
            {
                return true;
            }
        }

        return false;
    }
}
