using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>A schema-valid XLIFF 2.x document as the rules see it: its core namespace and the elements they look at.</summary>
internal sealed class Xliff2Document
{
    /// <summary>Wraps <paramref name="document"/>, whose root is a 2.x <c>&lt;xliff&gt;</c>.</summary>
    public Xliff2Document(XDocument document)
    {
        Root = document.Root!;
        Ns = Root.Name.Namespace;
    }

    /// <summary>The <c>&lt;xliff&gt;</c> root.</summary>
    public XElement Root { get; }

    /// <summary>The core namespace (2.0 for 2.0/2.1, 2.2 for 2.2).</summary>
    public XNamespace Ns { get; }

    /// <summary>The <c>&lt;file&gt;</c> elements.</summary>
    public IEnumerable<XElement> Files => Root.Elements(Ns + "file");

    /// <summary>Every <c>&lt;unit&gt;</c>, in document order.</summary>
    public IEnumerable<XElement> Units => Root.Descendants(Ns + "unit");

    /// <summary>Every core element named <paramref name="localName"/>, in document order.</summary>
    public IEnumerable<XElement> All(string localName) => Root.Descendants(Ns + localName);

    /// <summary>The <c>&lt;source&gt;</c> and <c>&lt;target&gt;</c> children of the segments and ignorables of <paramref name="unit"/>.</summary>
    public IEnumerable<XElement> ContentOf(XElement unit) =>
        unit.Elements().Where(IsSegmentOrIgnorable).Elements().Where(e => e.Name == Ns + "source" || e.Name == Ns + "target");

    /// <summary>True for a <c>&lt;segment&gt;</c> or <c>&lt;ignorable&gt;</c>.</summary>
    public bool IsSegmentOrIgnorable(XElement element) => element.Name == Ns + "segment" || element.Name == Ns + "ignorable";
}
