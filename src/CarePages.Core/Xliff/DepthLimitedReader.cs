using System.Xml;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// An <see cref="XmlReader"/> that stops at the first element nested as deep as the limit, so the nesting is
/// bounded while the tree is loaded (which does not recurse) instead of in a parse of its own before it.
/// </summary>
internal sealed class DepthLimitedReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
{
    /// <summary>The first element too deep, with its line and position, once the read stopped there; null before.</summary>
    public XmlLoadFailure? TooDeep { get; private set; }

    /// <inheritdoc/>
    public override int AttributeCount => inner.AttributeCount;

    /// <inheritdoc/>
    public override string BaseURI => inner.BaseURI;

    /// <inheritdoc/>
    public override int Depth => inner.Depth;

    /// <summary>True at the end, and once stopped at an element too deep (the loader then looks at <see cref="TooDeep"/>).</summary>
    public override bool EOF => TooDeep is not null || inner.EOF;

    /// <inheritdoc/>
    public override bool IsEmptyElement => inner.IsEmptyElement;

    /// <inheritdoc/>
    public override string LocalName => inner.LocalName;

    /// <inheritdoc/>
    public override string Name => inner.Name;

    /// <inheritdoc/>
    public override string NamespaceURI => inner.NamespaceURI;

    /// <inheritdoc/>
    public override XmlNameTable NameTable => inner.NameTable;

    /// <inheritdoc/>
    public override XmlNodeType NodeType => inner.NodeType;

    /// <inheritdoc/>
    public override string Prefix => inner.Prefix;

    /// <inheritdoc/>
    public override ReadState ReadState => inner.ReadState;

    /// <inheritdoc/>
    public override string Value => inner.Value;

    /// <inheritdoc/>
    public int LineNumber => ((IXmlLineInfo)inner).LineNumber;

    /// <inheritdoc/>
    public int LinePosition => ((IXmlLineInfo)inner).LinePosition;

    /// <inheritdoc/>
    public bool HasLineInfo() => ((IXmlLineInfo)inner).HasLineInfo();

    /// <summary>Reads the next node; false, with <see cref="TooDeep"/> set, at an element nested too deep.</summary>
    public override bool Read()
    {
        if (TooDeep is not null || !inner.Read())
        {
            return false;
        }

        if (inner.NodeType == XmlNodeType.Element && inner.Depth >= maxDepth)
        {
            TooDeep = new XmlLoadFailure(XmlLoadFailureKind.NestingTooDeep,
                ExchangeNote.Keyed(XliffMessages.NestingTooDeep, ("limit", maxDepth), ("element", inner.Name)),
                LineNumber, LinePosition);
            return false;
        }

        return true;
    }

    /// <inheritdoc/>
    public override string GetAttribute(int i) => inner.GetAttribute(i);

    /// <inheritdoc/>
    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    /// <inheritdoc/>
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    /// <inheritdoc/>
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    /// <inheritdoc/>
    public override bool MoveToElement() => inner.MoveToElement();

    /// <inheritdoc/>
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    /// <inheritdoc/>
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    /// <inheritdoc/>
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    /// <inheritdoc/>
    public override void ResolveEntity() => inner.ResolveEntity();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
