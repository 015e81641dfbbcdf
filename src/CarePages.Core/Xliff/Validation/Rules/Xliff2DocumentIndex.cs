using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// Every element below a document's root, and their attributes, listed once in document order and grouped by name,
/// so that each rule looks up what it checks instead of walking the whole tree again (a large file has a few hundred
/// thousand elements and there are some forty rules).
/// </summary>
internal sealed class Xliff2DocumentIndex
{
    private readonly Dictionary<XName, List<XElement>> elementsByName = [];
    private readonly Dictionary<XName, List<XAttribute>> attributesByName = [];
    private readonly Dictionary<XNamespace, List<XElement>> elementsByAttributeNamespace = [];
    private readonly List<XAttribute> qualifiedAttributes = [];

    /// <summary>Indexes the elements below <paramref name="root"/>.</summary>
    public Xliff2DocumentIndex(XElement root)
    {
        Elements = [.. root.Descendants()];
        foreach (var element in Elements)
        {
            ListOf(elementsByName, element.Name).Add(element);
            foreach (var attribute in element.Attributes())
            {
                ListOf(attributesByName, attribute.Name).Add(attribute);
                if (attribute.Name.Namespace != XNamespace.None)
                {
                    qualifiedAttributes.Add(attribute);
                    var withNamespace = ListOf(elementsByAttributeNamespace, attribute.Name.Namespace);
                    if (withNamespace.Count == 0 || withNamespace[^1] != element)
                    {
                        withNamespace.Add(element);
                    }
                }
            }
        }
    }

    /// <summary>Every element below the root.</summary>
    public IReadOnlyList<XElement> Elements { get; }

    /// <summary>Every attribute in a namespace (namespace declarations included) of the elements below the root.</summary>
    public IReadOnlyList<XAttribute> QualifiedAttributes => qualifiedAttributes;

    /// <summary>The elements below the root named <paramref name="name"/>.</summary>
    public IReadOnlyList<XElement> ElementsNamed(XName name) => elementsByName.GetValueOrDefault(name) ?? [];

    /// <summary>The attributes named <paramref name="name"/> of the elements below the root.</summary>
    public IReadOnlyList<XAttribute> AttributesNamed(XName name) => attributesByName.GetValueOrDefault(name) ?? [];

    /// <summary>The elements below the root with at least one attribute in <paramref name="ns"/>, each once.</summary>
    public IReadOnlyList<XElement> ElementsWithAttributesIn(XNamespace ns) => elementsByAttributeNamespace.GetValueOrDefault(ns) ?? [];

    private static List<T> ListOf<TKey, T>(Dictionary<TKey, List<T>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        return list;
    }
}
