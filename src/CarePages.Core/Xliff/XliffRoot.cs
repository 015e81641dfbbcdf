using System.Xml;
using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// What a file's root element says it is: the one place a root is read for its XLIFF version, by import, validation
/// (and so <c>carepages xliff validate</c>) and the returned file's identity alike. Each of them words its own refusal.
/// </summary>
/// <param name="ElementName">The root's local name (<c>xliff</c> for an XLIFF file).</param>
/// <param name="Namespace">The root's namespace.</param>
/// <param name="VersionAttribute">The root's <c>version</c> attribute; null when it has none.</param>
internal sealed record XliffRoot(string ElementName, string Namespace, string? VersionAttribute)
{
    /// <summary>The version the root declares; null when it is not <c>&lt;xliff&gt;</c> with a namespace and version that go together.</summary>
    public XliffVersion? Version { get; } = ElementName == "xliff" ? XliffVersions.Of(Namespace, VersionAttribute) : null;

    /// <summary>True for <c>&lt;xliff&gt;</c> in an XLIFF core namespace, whatever version it says.</summary>
    public bool IsXliffElement => ElementName == "xliff" && XliffVersions.NumbersIn(Namespace).Count > 0;

    /// <summary>The root of a loaded document.</summary>
    public static XliffRoot Of(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new(root.Name.LocalName, root.Name.NamespaceName, (string?)root.Attribute("version"));
    }

    /// <summary>The element <paramref name="reader"/> is on, read as a root (the file is not loaded).</summary>
    public static XliffRoot Of(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(reader.LocalName, reader.NamespaceURI, reader.GetAttribute("version"));
    }
}
