using System.Runtime.InteropServices;
using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// Every element under a root in document order with its depth, gathered once without recursion so that
/// deeply nested input cannot overflow the stack, and shared by all rules.
/// </summary>
public sealed class ElementIndex
{
    // A check asks the position of a few elements (those it reports), so they are found by a scan; only when more are
    // asked for is every element put in a table, which on a fresh page costs a hash code per element.
    private const int ScannedLookups = 32;

    private readonly List<IElement> _elements;
    private Dictionary<IElement, int>? _positions;
    private int _lookups;

    // Each child's position in its parent's ChildNodes, filled one parent at a time when a rule first asks for a sibling.
    private readonly Dictionary<INode, int> _childPositions = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<INode> _positionedParents = new(ReferenceEqualityComparer.Instance);

    private ElementIndex(List<IElement> elements, int maxDepth)
    {
        _elements = elements;
        Elements = elements;
        MaxDepth = maxDepth;
    }

    /// <summary>The elements under the root (the root excluded), in document order.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>
    /// <see cref="Elements"/> as a span, for the rules' walks over every element: enumerating the list through its interface
    /// costs two interface calls per element.
    /// </summary>
    internal ReadOnlySpan<IElement> InOrder => CollectionsMarshal.AsSpan(_elements);

    /// <summary>The deepest nesting below the root.</summary>
    public int MaxDepth { get; }

    /// <summary>The document-order position of <paramref name="element"/>, or -1 when it is not under the root.</summary>
    public int PositionOf(IElement element)
    {
        if (_positions is null && ++_lookups <= ScannedLookups)
        {
            return PositionAfter(element, -1);
        }

        _positions ??= TablePositions();
        return _positions.GetValueOrDefault(element, -1);
    }

    /// <summary>
    /// The position of <paramref name="element"/>, looked for after <paramref name="previous"/> first: for walks in document
    /// order, which find each element a step or two after the last one they found.
    /// </summary>
    internal int PositionAfter(IElement element, int previous)
    {
        for (var i = previous + 1; i < _elements.Count; i++)
        {
            if (ReferenceEquals(_elements[i], element))
            {
                return i;
            }
        }

        for (var i = 0; i <= previous && i < _elements.Count; i++)
        {
            if (ReferenceEquals(_elements[i], element))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The node after <paramref name="node"/> in its parent, or null; unlike AngleSharp's <c>NextSibling</c>, not a search of the parent.</summary>
    public INode? NextSibling(INode node) => Sibling(node, 1, elementsOnly: false);

    /// <summary>The element after <paramref name="node"/> in its parent, or null.</summary>
    public IElement? NextElementSibling(INode node) => (IElement?)Sibling(node, 1, elementsOnly: true);

    /// <summary>The element before <paramref name="node"/> in its parent, or null.</summary>
    public IElement? PreviousElementSibling(INode node) => (IElement?)Sibling(node, -1, elementsOnly: true);

    /// <summary>Indexes the elements under <paramref name="root"/>.</summary>
    public static ElementIndex Build(IElement root)
    {
        var elements = new List<IElement>();
        var maxDepth = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        foreach (var child in ChildrenOf.ElementsLastFirst(root))
        {
            stack.Push((child, 1));
        }

        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            elements.Add(element);
            maxDepth = Math.Max(maxDepth, depth);
            foreach (var child in ChildrenOf.ElementsLastFirst(element))
            {
                stack.Push((child, depth + 1));
            }
        }

        return new ElementIndex(elements, maxDepth);
    }

    private Dictionary<IElement, int> TablePositions()
    {
        var positions = new Dictionary<IElement, int>(_elements.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _elements.Count; i++)
        {
            positions[_elements[i]] = i;
        }

        return positions;
    }

    private INode? Sibling(INode node, int step, bool elementsOnly)
    {
        if (node.Parent is not { } parent)
        {
            return null;
        }

        var children = parent.ChildNodes;
        if (_positionedParents.Add(parent))
        {
            _childPositions.EnsureCapacity(_childPositions.Count + children.Length);
            for (var i = 0; i < children.Length; i++)
            {
                _childPositions[children[i]] = i;
            }
        }

        for (var i = _childPositions[node] + step; i >= 0 && i < children.Length; i += step)
        {
            if (!elementsOnly || children[i] is IElement)
            {
                return children[i];
            }
        }

        return null;
    }
}
