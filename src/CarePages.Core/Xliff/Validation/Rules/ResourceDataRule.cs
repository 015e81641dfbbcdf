using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Resource Data module (<c>res</c>; XLIFF 2.1 and 2.2 Part 2). A <c>&lt;res:resourceItem&gt;</c> needs
/// <c>mimeType</c> when its <c>source</c> and <c>target</c> are empty, and a <c>source</c> when <c>context="no"</c>
/// (the source's Processing Requirements: it "MUST be present"); a <c>res:source</c> or <c>res:target</c> has
/// <c>href</c> if and only if it is empty, and an <c>xml:lang</c> equal to the document's <c>srcLang</c> or
/// <c>trgLang</c>; a <c>&lt;res:resourceItemRef&gt;</c>'s <c>ref</c> "MUST be the value of the id attribute of the
/// &lt;resourceItem&gt; element being referenced", looked for in the same file. Ids unique among the items and item
/// references of one <c>resourceData</c> (they are siblings) are the extension-id rule's.
/// </summary>
internal sealed class ResourceDataRule : IXliff2Rule
{
    private static readonly XNamespace Res = XliffNamespaces.ResourceData;

    /// <inheritdoc />
    public string Code => "resource-data";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var item in document.Descendants(Res + "resourceItem"))
        {
            var parts = item.Elements(Res + "source").Concat(item.Elements(Res + "target")).ToList();
            if (item.Attribute("mimeType") is null && parts.Count > 0 && parts.All(p => !p.HasElements))
            {
                faults.Report(item, $"{Xliff2Document.Describe(item)} has no mimeType, but its source and target are empty; mimeType is required when they only point to files.");
            }

            if (Xliff2Document.Value(item, "context") == "no" && !item.Elements(Res + "source").Any())
            {
                faults.Report(item, $"{Xliff2Document.Describe(item)} has context=\"no\" but no <res:source>; a resource that is to be modified must have its source.");
            }

            foreach (var part in parts)
            {
                CheckPart(document, part, faults);
            }
        }

        foreach (var itemRef in document.Descendants(Res + "resourceItemRef"))
        {
            var reference = Xliff2Document.Value(itemRef, "ref");
            var file = itemRef.Ancestors(document.Ns + "file").FirstOrDefault();
            if (reference is not null && file is not null && !file.Descendants(Res + "resourceItem").Any(i => Xliff2Document.Value(i, "id") == reference))
            {
                faults.Report(itemRef.Attribute("ref")!, $"<res:resourceItemRef> has ref=\"{reference}\", but file \"{Xliff2Document.Value(file, "id")}\" has no <res:resourceItem id=\"{reference}\">.");
            }
        }
    }

    private static void CheckPart(Xliff2Document document, XElement part, Xliff2FaultCollector faults)
    {
        var name = $"<res:{part.Name.LocalName}>";
        var href = part.Attribute("href");
        if (href is null && !part.HasElements)
        {
            faults.Report(part, $"{name} is empty and has no href; an empty {name} must point to the resource with href.");
        }
        else if (href is not null && part.HasElements)
        {
            faults.Report(href, $"{name} has content and an href; href is used if and only if it is empty.");
        }

        var languageAttribute = part.Name.LocalName == "source" ? "srcLang" : "trgLang";
        var expected = Xliff2Document.Value(document.Root, languageAttribute);
        if (expected is not null && part.Attribute(XNamespace.Xml + "lang") is { } lang && !string.Equals(lang.Value, expected, StringComparison.OrdinalIgnoreCase))
        {
            faults.Report(lang, $"{name} has xml:lang=\"{lang.Value}\", but it must equal the document's {languageAttribute} (\"{expected}\").");
        }
    }
}
