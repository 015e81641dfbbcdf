using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// <see cref="Visibility.IsHidden"/> remembered for one run of a rule: each element's answer reuses its parent's, so asking about
/// many elements of deeply nested markup (tables in tables, headings in headings) costs one step per element instead of one per
/// ancestor. Not thread-safe: rules share one per markup context through <see cref="MarkupContext.Shared{T}"/>.
/// </summary>
public sealed class HiddenElements
{
    private readonly Dictionary<IElement, bool> _hidden = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<IElement> _pending = new();

    /// <summary>The same answer as <see cref="Visibility.IsHidden"/>.</summary>
    public bool IsHidden(IElement element)
    {
        var hidden = false;
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (_hidden.TryGetValue(current, out hidden))
            {
                break;
            }

            _pending.Push(current);
        }

        while (_pending.Count > 0)
        {
            var current = _pending.Pop();
            hidden = hidden || Visibility.HidesItself(current);
            _hidden[current] = hidden;
        }

        return hidden;
    }
}
