using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>The ARIA role of elements, explicit or implied by HTML.</summary>
public static class Roles
{
    private static readonly HashSet<string> AriaRoles = new(StringComparer.Ordinal)
    {
        "alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption", "cell", "checkbox", "code", "columnheader",
        "combobox", "complementary", "contentinfo", "definition", "deletion", "dialog", "directory", "document", "emphasis", "feed", "figure", "form",
        "generic", "grid", "gridcell", "group", "heading", "img", "image", "insertion", "link", "list", "listbox", "listitem", "log", "main", "mark",
        "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none", "note", "option",
        "paragraph", "presentation", "progressbar", "radio", "radiogroup", "region", "row", "rowgroup", "rowheader", "scrollbar", "search",
        "searchbox", "separator", "slider", "spinbutton", "status", "strong", "subscript", "suggestion", "superscript", "switch", "tab", "table",
        "tablist", "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip", "tree", "treegrid", "treeitem",
    };

    /// <summary>The first token of the <c>role</c> attribute, lower case, or null when absent or blank.</summary>
    public static string? ExplicitRole(IElement element)
    {
        var role = ElementAttributes.ValueOf(element, "role");
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        var first = role.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
        return first.ToLowerInvariant();
    }

    /// <summary>
    /// The first <c>role</c> token that names a WAI-ARIA role, as a browser reads it (unknown tokens fall back to the next;
    /// <c>image</c> is read as <c>img</c>), or null. <see cref="ExplicitRole"/> takes the first token whatever it is.
    /// </summary>
    internal static string? RecognisedRole(IElement element)
    {
        if (ElementAttributes.ValueOf(element, "role") is not { } roles)
        {
            return null;
        }

        foreach (var token in roles.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var role = token.ToLowerInvariant();
            if (AriaRoles.Contains(role))
            {
                return role == "image" ? "img" : role;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the element is an image to assistive technology and not marked decorative: an <c>img</c> without a
    /// recognised role, or a recognised role of <c>img</c>. ACT 23a2a8 passes an image marked decorative (<c>alt=""</c>
    /// without a role, <c>role="presentation"</c>/<c>none</c>) whether or not a browser still exposes it.
    /// </summary>
    internal static bool IsExposedImage(IElement element)
    {
        var role = RecognisedRole(element);
        return role == "img" || (role is null && element.LocalName == "img" && element.GetAttribute("alt") is not { Length: 0 });
    }

    /// <summary>The element's role: the explicit one, else the implicit HTML role (link, img, heading, table, cell …), else null.</summary>
    public static string? RoleOf(IElement element) => ExplicitRole(element) ?? ImplicitRole(element);

    /// <summary>The heading level of <c>h1</c>–<c>h6</c> or <c>role="heading"</c> (<c>aria-level</c>, default 2); 0 for other elements.</summary>
    public static int HeadingLevel(IElement element)
    {
        if (ExplicitRole(element) == "heading")
        {
            return int.TryParse(element.GetAttribute("aria-level"), out var level) && level > 0 ? level : 2;
        }

        return element.LocalName is ['h', >= '1' and <= '6'] && ExplicitRole(element) is null ? element.LocalName[1] - '0' : 0;
    }

    private static string? ImplicitRole(IElement element) => element.LocalName switch
    {
        "a" or "area" when element.HasAttribute("href") => "link",
        "img" => element.GetAttribute("alt") is { Length: 0 } ? "presentation" : "img",
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "heading",
        "table" => "table",
        "td" => "cell",
        "th" => "columnheader",
        "ul" or "ol" => "list",
        "li" => "listitem",
        "button" => "button",
        "nav" => "navigation",
        "main" => "main",
        _ => null,
    };
}
