using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// Removes what must never reach a page from imported HTML: script-capable elements, event-handler attributes
/// and <c>javascript:</c>/<c>vbscript:</c>/<c>data:</c> (other than images) URLs. Imported structure comes from
/// the source, so this is a second line of defence.
/// </summary>
internal static class HtmlSafety
{
    private static readonly HashSet<string> UnsafeElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta", "template", "noscript", "form",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "longdesc", "usemap",
    };

    /// <summary>True for an element that can run script or load other content (<c>script</c>, <c>iframe</c>, …).</summary>
    public static bool IsUnsafeElement(string localName) => UnsafeElements.Contains(localName);

    /// <summary>True for an attribute that holds an address (<c>href</c>, <c>src</c>, …).</summary>
    public static bool IsUrlAttribute(string name) => UrlAttributes.Contains(name);

    /// <summary>Cleans the children of <paramref name="root"/> in place; returns what was removed.</summary>
    public static IReadOnlyList<string> Sanitize(IElement root)
    {
        var removed = new List<string>();
        foreach (var element in root.Descendants<IElement>().ToArray())
        {
            if (IsUnsafeElement(element.LocalName))
            {
                removed.Add($"<{element.LocalName}>");
                element.Remove();
                continue;
            }

            foreach (var attribute in element.Attributes.ToArray())
            {
                if (IsUnsafe(element, attribute))
                {
                    removed.Add($"{attribute.Name} on <{element.LocalName}>");
                    element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
                }
            }
        }

        return removed;
    }

    private static bool IsUnsafe(IElement element, IAttr attribute)
    {
        if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IsUrlAttribute(attribute.Name))
        {
            return false;
        }

        var url = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToUpperInvariant();
        return url.StartsWith("JAVASCRIPT:", StringComparison.Ordinal)
            || url.StartsWith("VBSCRIPT:", StringComparison.Ordinal)
            || (url.StartsWith("DATA:", StringComparison.Ordinal) && !(element.LocalName == "img" && url.StartsWith("DATA:IMAGE/", StringComparison.Ordinal) && !url.StartsWith("DATA:IMAGE/SVG", StringComparison.Ordinal)));
    }
}
