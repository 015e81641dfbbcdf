namespace CarePages.Core.Xliff;

/// <summary>How the rich-text splitter treats each HTML element.</summary>
internal static class HtmlElementRoles
{
    /// <summary>Elements that start a new block: their text becomes its own unit, or they hold blocks themselves.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>Elements whose content is never translatable text; kept whole in the skeleton.</summary>
    private static readonly HashSet<string> Opaque = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "embed", "video", "audio", "canvas",
    };

    /// <summary>Inline elements exported as paired codes (1.2 <c>&lt;g&gt;</c>, 2.x <c>&lt;pc&gt;</c>) around translatable text.</summary>
    private static readonly HashSet<string> Paired = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static bool IsBlock(string name) => Blocks.Contains(name);

    public static bool IsOpaque(string name) => Opaque.Contains(name);

    public static bool IsPaired(string name) => Paired.Contains(name);

    /// <summary>The 1.2 <c>ctype</c> of a paired code.</summary>
    public static string PairedCtype(string name) => name.ToUpperInvariant() switch
    {
        "STRONG" or "B" => "bold",
        "EM" or "I" => "italic",
        "U" => "underlined",
        "A" => "link",
        _ => "x-html-" + name.ToLowerInvariant(),
    };

    /// <summary>The 1.2 <c>ctype</c> of a placeholder code.</summary>
    public static string PlaceholderCtype(string name) => name.ToUpperInvariant() switch
    {
        "BR" => "lb",
        "IMG" => "image",
        _ => "x-html-" + name.ToLowerInvariant().Replace("#", string.Empty, StringComparison.Ordinal),
    };
}
