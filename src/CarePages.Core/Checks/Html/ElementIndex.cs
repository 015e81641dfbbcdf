using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// Every element under a root in document order with its depth, gathered once without recursion so that
/// deeply nested input cannot overflow the stack, and shared by all rules.
/// </summary>
public sealed class ElementIndex
{
    private readonly Dictionary<IElement, int> _positions;

    private ElementIndex(IReadOnlyList<IElement> elements, int maxDepth)
    {
        Elements = elements;
        MaxDepth = maxDepth;
        _positions = new Dictionary<IElement, int>(elements.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < elements.Count; i++)
        {
            _positions[elements[i]] = i;
        }
    }

    /// <summary>The elements under the root (the root excluded), in document order.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>The deepest nesting below the root.</summary>
    public int MaxDepth { get; }

    /// <summary>The document-order position of <paramref name="element"/>, or -1 when it is not under the root.</summary>
    public int PositionOf(IElement element) => _positions.GetValueOrDefault(element, -1);

    /// <summary>Indexes the elements under <paramref name="root"/>.</summary>
    public static ElementIndex Build(IElement root)
    {
        var elements = new List<IElement>();
        var maxDepth = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        for (var child = root.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
            stack.Push((child, 1));
        }

        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            elements.Add(element);
            maxDepth = Math.Max(maxDepth, depth);
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push((child, depth + 1));
            }
        }

        return new ElementIndex(elements, maxDepth);
    }
}
