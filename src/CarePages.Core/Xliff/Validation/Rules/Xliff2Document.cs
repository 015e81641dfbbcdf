using System.Xml.Linq;
using System.Xml.Schema;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>A schema-valid XLIFF 2.x document as the rules see it: its core namespace, schemas, settings and the elements they look at.</summary>
internal sealed class Xliff2Document
{
    /// <summary>The inline code elements: placeholders, paired and spanning codes.</summary>
    public static readonly string[] CodeNames = ["ph", "pc", "sc", "ec"];

    /// <summary>Wraps <paramref name="document"/>, whose root is a 2.x <c>&lt;xliff&gt;</c>, validated against <paramref name="schemas"/>.</summary>
    public Xliff2Document(XDocument document, XmlSchemaSet schemas, IReadOnlySet<string> fragmentPrefixes)
    {
        Root = document.Root!;
        Ns = Root.Name.Namespace;
        Schemas = schemas;
        FragmentPrefixes = fragmentPrefixes;
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
    public IEnumerable<XElement> Units => Root.Descendants(Ns + "unit");

    /// <summary>Every core element named <paramref name="localName"/>, in document order.</summary>
    public IEnumerable<XElement> All(string localName) => Root.Descendants(Ns + localName);

    /// <summary>True for an element in the core namespace.</summary>
    public bool IsCore(XElement element) => element.Name.Namespace == Ns;

    /// <summary>True for a core element named <paramref name="localName"/>.</summary>
    public bool Is(XElement element, string localName) => element.Name == Ns + localName;

    /// <summary>True for a core inline code: <c>ph</c>, <c>pc</c>, <c>sc</c> or <c>ec</c>.</summary>
    public bool IsCode(XElement element) => IsCore(element) && CodeNames.Contains(element.Name.LocalName);

    /// <summary>The <c>&lt;segment&gt;</c> and <c>&lt;ignorable&gt;</c> children of <paramref name="unit"/>.</summary>
    public IEnumerable<XElement> Parts(XElement unit) => unit.Elements().Where(e => Is(e, "segment") || Is(e, "ignorable"));

    /// <summary>The <c>&lt;source&gt;</c> children of <paramref name="unit"/>'s segments and ignorables, in order.</summary>
    public IEnumerable<XElement> Sources(XElement unit) => Parts(unit).Elements(Ns + "source");

    /// <summary>
    /// The <c>&lt;target&gt;</c> children of <paramref name="unit"/>'s segments and ignorables in reading order: by
    /// <c>order</c> where a target has one, else by the position of its segment or ignorable (1-based), document order
    /// breaking ties. This is the order the translation is reassembled in (XLIFF 2.1, the <c>order</c> attribute and Segmentation).
    /// </summary>
    public IEnumerable<XElement> Targets(XElement unit) =>
        Parts(unit).Select((part, index) => (Target: part.Element(Ns + "target"), Position: index + 1))
            .Where(p => p.Target is not null)
            .Select((p, index) => (p.Target!, Order: OrderOf(p.Target!) ?? p.Position, index))
            .OrderBy(p => p.Order).ThenBy(p => p.index)
            .Select(p => p.Item1);

    /// <summary>The <c>order</c> of <paramref name="target"/> as a number; null when it has none (or one too large to matter).</summary>
    public static long? OrderOf(XElement target) =>
        long.TryParse(Value(target, "order"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var order) ? order : null;

    /// <summary>The core elements inside the sources (or targets) of <paramref name="unit"/>, in document order.</summary>
    public IEnumerable<XElement> Inline(XElement unit, bool targets) =>
        (targets ? Targets(unit) : Sources(unit)).Descendants().Where(IsCore);

    /// <summary>The core elements inside every source and target of <paramref name="unit"/>, in document order.</summary>
    public IEnumerable<XElement> Inline(XElement unit) => Parts(unit).Elements().Descendants().Where(IsCore);

    /// <summary>The <c>&lt;unit&gt;</c> that holds <paramref name="element"/>, if any.</summary>
    public XElement? UnitOf(XElement element) => element.Ancestors(Ns + "unit").FirstOrDefault();

    /// <summary>The value of the unqualified attribute <paramref name="name"/>, or null.</summary>
    public static string? Value(XElement element, string name) => (string?)element.Attribute(name);

    /// <summary>An element as a reader would look for it: <c>&lt;ph id="2"&gt;</c>.</summary>
    public static string Describe(XElement element)
    {
        var id = Value(element, "id") ?? (string?)element.Attribute(XNamespace.Xml + "id");
        var prefix = element.GetPrefixOfNamespace(element.Name.Namespace);
        var name = string.IsNullOrEmpty(prefix) ? element.Name.LocalName : $"{prefix}:{element.Name.LocalName}";
        return id is null ? $"<{name}>" : $"<{name} id=\"{id}\">";
    }
}
