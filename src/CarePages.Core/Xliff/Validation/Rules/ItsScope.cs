using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// What ITS module information an element is in the scope of, read generously so that no valid file is faulted.
/// The module's attributes inherit down the tree (their default values: a <c>group</c> or <c>unit</c> takes its
/// parent's, a marker the innermost <c>mrk</c>, <c>unit</c> or <c>mtc:match</c> around it); the module's
/// introduction adds that a span between <c>&lt;sm/&gt;</c> and its <c>&lt;em/&gt;</c> is "always equivalent and
/// interchangeable" with a <c>&lt;mrk&gt;</c>, so an open pseudo-span encloses what stands inside it too. Every
/// ancestor counts, an <c>mtc:match</c>'s too (the module's own MT Confidence example lets a match inherit the
/// file's annotator although a match's default is "undefined").
/// </summary>
internal static class ItsScope
{
    /// <summary>The elements whose ITS attributes <paramref name="element"/> is in the scope of: itself, its ancestors, and the pseudo-spans (<c>sm</c>) open where it stands.</summary>
    public static IEnumerable<XElement> Enclosing(Xliff2Document document, XElement element) =>
        element.AncestorsAndSelf().Concat(OpenSpans(document, element));

    /// <summary>
    /// The elements related to <paramref name="element"/> either way: those it is in the scope of and those in its
    /// scope (its descendants; for an <c>sm</c>, what stands between it and its <c>em</c>).
    /// </summary>
    public static IEnumerable<XElement> Related(Xliff2Document document, XElement element) =>
        Enclosing(document, element).Concat(element.Descendants()).Concat(Spanned(document, element));

    private static IEnumerable<XElement> OpenSpans(Xliff2Document document, XElement element)
    {
        var open = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var inline in Sequence(document, element))
        {
            if (inline == element)
            {
                return open.Values;
            }

            if (document.Is(inline, "sm") && Xliff2Document.Value(inline, "id") is { } id)
            {
                open[id] = inline;
            }
            else if (document.Is(inline, "em") && Xliff2Document.Value(inline, "startRef") is { } startRef)
            {
                open.Remove(startRef);
            }
        }

        return [];
    }

    private static IEnumerable<XElement> Spanned(Xliff2Document document, XElement element)
    {
        if (!document.Is(element, "sm"))
        {
            return [];
        }

        var id = Xliff2Document.Value(element, "id");
        return Sequence(document, element).SkipWhile(e => e != element).Skip(1)
            .TakeWhile(e => !(document.Is(e, "em") && Xliff2Document.Value(e, "startRef") == id));
    }

    /// <summary>The inline elements of the sources (or targets, for an element in a target) of the unit, in reading order; empty outside a unit's segments.</summary>
    private static IEnumerable<XElement> Sequence(Xliff2Document document, XElement element)
    {
        var content = element.Ancestors().FirstOrDefault(a => document.Is(a, "source") || document.Is(a, "target"));
        var part = content?.Parent;
        if (content is null || part is null || !(document.Is(part, "segment") || document.Is(part, "ignorable")) || part.Parent is not { } unit)
        {
            return [];
        }

        return document.Inline(unit, targets: document.Is(content, "target"));
    }
}
