using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// Bounds how deeply a parsed fragment nests, without recursion, so that the recursive walks after it (cleaning,
/// splitting into XLIFF units, writing) cannot overflow the stack, which would end the site's process. Used where the
/// HTML is a document's own (source text, an existing translation) and so was bounded by no import limit.
/// </summary>
public static class DeepNesting
{
    /// <summary>
    /// Unwraps every element nested more than <paramref name="limit"/> deep below <paramref name="root"/>, keeping its
    /// content in place, and removes with their content those <paramref name="removeWithContent"/> picks (elements
    /// that never carry text). True when anything changed.
    /// </summary>
    public static bool Flatten(IElement root, int limit, Func<IElement, bool> removeWithContent)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(removeWithContent);
        var flattened = false;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var next))
        {
            if (next.Depth < limit)
            {
                foreach (var child in next.Element.Children)
                {
                    pending.Push((child, next.Depth + 1));
                }

                continue;
            }

            foreach (var inner in next.Element.Descendants<IElement>().ToArray().Where(e => e.Parent is not null))
            {
                flattened = true;
                if (removeWithContent(inner))
                {
                    inner.RemoveFromParent();
                }
                else
                {
                    inner.Replace([.. inner.ChildNodes]);
                }
            }
        }

        return flattened;
    }
}
