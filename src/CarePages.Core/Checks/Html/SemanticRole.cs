using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// The role a browser gives an element as ACT rules read it: the first <c>role</c> token that names a WAI-ARIA role
/// (unknown tokens fall back to the next, as browsers do).
/// </summary>
internal static class SemanticRole
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

    /// <summary>The first recognised token of the <c>role</c> attribute (<c>image</c> read as <c>img</c>), or null.</summary>
    public static string? ExplicitRole(IElement element)
    {
        foreach (var token in (element.GetAttribute("role") ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
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
    /// role, or a role of <c>img</c>. ACT 23a2a8 passes an image marked decorative (<c>alt=""</c> without a role,
    /// <c>role="presentation"</c>/<c>none</c>) whether or not a browser still exposes it.
    /// </summary>
    public static bool IsImage(IElement element)
    {
        var role = ExplicitRole(element);
        return role == "img" || (role is null && element.LocalName == "img" && element.GetAttribute("alt") is not { Length: 0 });
    }
}
