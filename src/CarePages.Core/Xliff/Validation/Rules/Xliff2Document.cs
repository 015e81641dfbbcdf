using System.Collections.Concurrent;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// An XLIFF 2.x document as the rules see it: its core namespace, schemas, settings and the elements they look at. The
/// rules' findings count only when the document is schema-valid (<see cref="SchemaThenRules"/>), but it may be made,
/// and the rules started, while the schemas are still checking it. Elements and units are indexed when it is made and
/// only read afterwards, and the groupings some rules ask for are kept thread-safely, so rules may run on several threads at once.
/// </summary>
internal sealed class Xliff2Document
{
    /// <summary>The inline code elements: placeholders, paired and spanning codes.</summary>
    public static readonly string[] CodeNames = ["ph", "pc", "sc", "ec"];

    private readonly Xliff2DocumentIndex index;
    private readonly Dictionary<XElement, Xliff2UnitIndex> units = [];
    private readonly ConcurrentDictionary<(XName Ancestor, XName Name), ILookup<XElement, XElement>> byAncestor = [];

    /// <summary>Wraps <paramref name="document"/>, whose root is a 2.x <c>&lt;xliff&gt;</c>, checked against <paramref name="schemas"/>.</summary>
    public Xliff2Document(XDocument document, XmlSchemaSet schemas, IReadOnlySet<string> fragmentPrefixes)
    {
        Root = document.Root!;
        Ns = Root.Name.Namespace;
        Schemas = schemas;
        FragmentPrefixes = fragmentPrefixes;
        index = new Xliff2DocumentIndex(Root);
        foreach (var unit in Units)
        {
            units[unit] = new Xliff2UnitIndex(this, unit);
        }
    }

    /// <summary>The <c>&lt;xliff&gt;</c> root.</summary>
    public XElement Root { get; }

    /// <summary>The core namespace (2.0 for 2.0/2.1, 2.2 for 2.2).</summary>
    public XNamespace Ns { get; }

    /// <summary>The schema set the document was validated against (core and modules).</summary>
    public XmlSchemaSet Schemas { get; }

    /// <summary>The fragment-identifier prefixes registered for extensions, besides the core and module ones.</summary>
    public IReadOnlySet<string> FragmentPrefixes { get; }

    /// <summary>Every <c>&lt;unit&gt;</c>, in document order.</summary>
    public IReadOnlyList<XElement> Units => Descendants(Ns + "unit");

    /// <summary>Every core element named <paramref name="localName"/>, in document order.</summary>
    public IReadOnlyList<XElement> All(string localName) => Descendants(Ns + localName);

    /// <summary>Every element below the root, in document order.</summary>
    public IReadOnlyList<XElement> Elements => index.Elements;

    /// <summary>Every element below the root named <paramref name="name"/>, in document order (what <c>Root.Descendants(name)</c> gives).</summary>
    public IReadOnlyList<XElement> Descendants(XName name) => index.ElementsNamed(name);

    /// <summary>The attributes named <paramref name="name"/> of the elements below the root, in document order (what <c>Root.Descendants().Attributes(name)</c> gives).</summary>
    public IReadOnlyList<XAttribute> Attributes(XName name) => index.AttributesNamed(name);

    /// <summary>The elements below the root with an attribute in <paramref name="ns"/>, in document order.</summary>
    public IReadOnlyList<XElement> WithAttributesIn(XNamespace ns) => index.ElementsWithAttributesIn(ns);

    /// <summary>The attributes in a namespace (namespace declarations included) of the elements below the root, in document order.</summary>
    public IReadOnlyList<XAttribute> QualifiedAttributes => index.QualifiedAttributes;

    /// <summary>True for an element in the core namespace.</summary>
    public bool IsCore(XElement element) => element.Name.Namespace == Ns;

    /// <summary>True for a core element named <paramref name="localName"/>.</summary>
    public bool Is(XElement element, string localName) => element.Name.Namespace == Ns && element.Name.LocalName == localName;

    /// <summary>True for a core inline code: <c>ph</c>, <c>pc</c>, <c>sc</c> or <c>ec</c>.</summary>
    public bool IsCode(XElement element) => IsCore(element) && CodeNames.Contains(element.Name.LocalName);

    /// <summary>The <c>&lt;segment&gt;</c> and <c>&lt;ignorable&gt;</c> children of <paramref name="unit"/>.</summary>
    public IReadOnlyList<XElement> Parts(XElement unit) => Indexed(unit).Parts;

    /// <summary>The <c>&lt;source&gt;</c> children of <paramref name="unit"/>'s segments and ignorables, in order.</summary>
    public IReadOnlyList<XElement> Sources(XElement unit) => Indexed(unit).Sources;

    /// <summary>
    /// The <c>&lt;target&gt;</c> children of <paramref name="unit"/>'s segments and ignorables in reading order: by
    /// <c>order</c> where a target has one, else by the position of its segment or ignorable (1-based), document order
    /// breaking ties. This is the order the translation is reassembled in (XLIFF 2.1, the <c>order</c> attribute and Segmentation).
    /// </summary>
    public IReadOnlyList<XElement> Targets(XElement unit) => Indexed(unit).Targets;

    /// <summary>The <c>order</c> of <paramref name="target"/> as a number; null when it has none (or one too large to matter).</summary>
    public static long? OrderOf(XElement target) =>
        long.TryParse(Value(target, "order"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var order) ? order : null;

    /// <summary>The core elements inside the sources (or targets) of <paramref name="unit"/>, in document order.</summary>
    public IReadOnlyList<XElement> Inline(XElement unit, bool targets) => targets ? Indexed(unit).TargetInline : Indexed(unit).SourceInline;

    /// <summary>The core elements inside every source and target of <paramref name="unit"/>, in document order.</summary>
    public IReadOnlyList<XElement> Inline(XElement unit) => Indexed(unit).Inline;

    /// <summary>The <c>&lt;unit&gt;</c> that holds <paramref name="element"/>, if any.</summary>
    public XElement? UnitOf(XElement element) => element.Ancestors(Ns + "unit").FirstOrDefault();

    /// <summary>
    /// For every element named <paramref name="ancestorName"/>, the elements named <paramref name="name"/> within it in
    /// document order: what <c>ancestor.Descendants(name)</c> gives, for all of them in one pass.
    /// </summary>
    public ILookup<XElement, XElement> DescendantsByAncestor(XName ancestorName, XName name)
    {
        // Several rules ask for the units of each file; they are grouped once (or, when two ask at once, twice alike).
        return byAncestor.GetOrAdd((ancestorName, name), key => Descendants(key.Name)
            .SelectMany(e => e.Ancestors(key.Ancestor).Select(ancestor => (Ancestor: ancestor, Element: e)))
            .ToLookup(p => p.Ancestor, p => p.Element));
    }

    /// <summary>The value of the unqualified attribute <paramref name="name"/>, or null.</summary>
    public static string? Value(XElement element, string name) => (string?)element.Attribute(name);

    // Every unit was indexed when the document was made; anything else asked about is indexed on the spot.
    private Xliff2UnitIndex Indexed(XElement unit) => units.GetValueOrDefault(unit) ?? new Xliff2UnitIndex(this, unit);

    /// <summary>An element as a reader would look for it: <c>&lt;ph id="2"&gt;</c>.</summary>
    public static string Describe(XElement element)
    {
        var id = Value(element, "id") ?? (string?)element.Attribute(XNamespace.Xml + "id");
        var prefix = element.GetPrefixOfNamespace(element.Name.Namespace);
        var name = string.IsNullOrEmpty(prefix) ? element.Name.LocalName : $"{prefix}:{element.Name.LocalName}";
        return id is null ? $"<{name}>" : $"<{name} id=\"{id}\">";
    }
}
