using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// One inline code as met reading a source or target: a <c>ph</c>, <c>sc</c>, <c>ec</c>, the start of a <c>pc</c>, or
/// its end (which counts as <c>canReorder="no"</c> when the <c>pc</c> is not reorderable, as an <c>ec</c> would).
/// </summary>
/// <param name="Key">What identifies the code across source and target.</param>
/// <param name="Reorder">Its <c>canReorder</c>: <c>yes</c> (the default), <c>firstNo</c> or <c>no</c>.</param>
/// <param name="Element">The code element (for a <c>pc</c>'s end, the <c>pc</c>).</param>
internal sealed record CodeEvent(CodeKey Key, string Reorder, XElement Element)
{
    /// <summary>The codes of <paramref name="contents"/> (sources, or targets in reading order), in the order they are read.</summary>
    public static List<CodeEvent> Read(Xliff2Document document, IEnumerable<XElement> contents)
    {
        var events = new List<CodeEvent>();
        foreach (var content in contents)
        {
            Walk(document, content, events);
        }

        return events;
    }

    private static void Walk(Xliff2Document document, XElement parent, List<CodeEvent> events)
    {
        foreach (var element in parent.Elements())
        {
            var reorder = Xliff2Document.Value(element, "canReorder") ?? "yes";
            if (document.IsCode(element))
            {
                events.Add(new CodeEvent(CodeKey.Of(element), reorder, element));
            }

            Walk(document, element, events);
            if (document.Is(element, "pc"))
            {
                events.Add(new CodeEvent(CodeKey.Of(element, end: true), reorder == "yes" ? "yes" : "no", element));
            }
        }
    }
}
