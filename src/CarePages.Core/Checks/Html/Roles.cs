using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>The ARIA role of elements, explicit or implied by HTML.</summary>
public static class Roles
{
    /// <summary>The first token of the <c>role</c> attribute, lower case, or null when absent or blank.</summary>
    public static string? ExplicitRole(IElement element)
    {
        var role = element.GetAttribute("role");
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        var first = role.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
        return first.ToLowerInvariant();
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
