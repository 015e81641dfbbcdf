using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Tests.Fuzzing;

/// <summary>
/// The test's own idea of what must never reach a page, written independently of the sanitisers it checks: a
/// script-capable element, an event handler or <c>srcdoc</c>, or an address a browser would run or render as a
/// document (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>), however it is spelt.
/// </summary>
internal static class SafeHtml
{
    /// <summary>The editor's rich-text elements.</summary>
    public static readonly IReadOnlySet<string> EditorSubset = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "sup", "sub", "bdi", "br", "hr", "a", "img",
        "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
    };

    private static readonly HashSet<string> ScriptCapable = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta", "template", "noscript", "form",
    };

    private static readonly HashSet<string> AddressAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "longdesc", "usemap",
    };

    /// <summary>
    /// The first thing in <paramref name="html"/> that must not reach a page, or null: a script-capable element, an
    /// event handler, a <c>style</c> attribute, a script or <c>data:</c> address. With <paramref name="allowed"/>,
    /// any element outside it counts too.
    /// </summary>
    public static string? FirstUnsafe(string html, IReadOnlySet<string>? allowed = null)
    {
        foreach (var element in HtmlInput.ParseFragment(html).Body!.Descendants<IElement>())
        {
            var name = element.LocalName;
            if (ScriptCapable.Contains(name) || (allowed is not null && !allowed.Contains(name)))
            {
                return $"<{name}>";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)
                    || attribute.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    return $"{attribute.Name} on <{name}>";
                }

                if (AddressAttributes.Contains(attribute.Name) && IsUnsafeAddress(attribute.Value))
                {
                    return $"{attribute.Name}=\"{attribute.Value}\" on <{name}>";
                }
            }
        }

        return null;
    }

    private static bool IsUnsafeAddress(string value)
    {
        // Browsers drop tabs, line breaks and leading controls or spaces before reading the scheme.
        var url = new string(value.Where(c => c > ' ' && c != '\u007F').ToArray()).ToLowerInvariant();
        return url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal);
    }
}
