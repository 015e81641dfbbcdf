namespace CarePages.Core.RichText;

/// <summary>
/// The rich-text subset the package's editors allow, and so the one allow-list every import keeps (Markdown and XLIFF,
/// through <see cref="RichTextCleaner"/>): block and inline elements, the attributes each may carry, and the URL
/// schemes a link or image may point to. No <c>style</c>, no event handler, no <c>data:</c> address.
/// </summary>
internal static class RichTextSubset
{
    /// <summary>Inline elements that Markdown has no syntax for and so travel as raw inline HTML.</summary>
    public static readonly IReadOnlySet<string> RawInline = new HashSet<string>(StringComparer.Ordinal) { "sup", "sub", "bdi" };

    /// <summary>Elements removed with their content: they never carry patient text.</summary>
    public static readonly IReadOnlySet<string> Dropped = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "textarea", "select", "button", "input",
        "head", "title", "base", "meta", "link",
    };

    /// <summary>Presentational table parts removed without a warning: they hold no text.</summary>
    public static readonly IReadOnlySet<string> Presentational = new HashSet<string>(StringComparer.Ordinal) { "colgroup", "col" };

    private static readonly Dictionary<string, string[]> Attributes = new(StringComparer.Ordinal)
    {
        ["p"] = [], ["h1"] = [], ["h2"] = [], ["h3"] = [], ["h4"] = [], ["h5"] = [], ["h6"] = [],
        ["strong"] = [], ["em"] = [], ["code"] = [], ["sup"] = [], ["sub"] = [], ["bdi"] = [], ["br"] = [], ["hr"] = [],
        ["a"] = ["href", "title"], ["img"] = ["src", "alt", "title"],
        ["ul"] = [], ["ol"] = ["start"], ["li"] = [], ["blockquote"] = [],
        ["table"] = [], ["thead"] = [], ["tbody"] = [], ["tr"] = [], ["th"] = [], ["td"] = [],
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal) { ["b"] = "strong", ["i"] = "em" };

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    /// <summary>The element's name in the subset (<c>b</c> is <c>strong</c>, <c>i</c> is <c>em</c>), or null when it is not in it.</summary>
    public static string? Canonical(string localName)
    {
        var name = Synonyms.GetValueOrDefault(localName, localName);
        return Attributes.ContainsKey(name) ? name : null;
    }

    /// <summary>The attributes <paramref name="canonicalName"/> may carry, in the order they are written.</summary>
    public static IReadOnlyList<string> AttributesOf(string canonicalName) => Attributes[canonicalName];

    /// <summary>True for elements that hold no content and have no end tag.</summary>
    public static bool IsVoid(string canonicalName) => canonicalName is "br" or "hr" or "img";

    /// <summary>
    /// True when <paramref name="url"/> is safe to keep: relative, a fragment, or one of http, https, mailto and tel.
    /// Scripts (<c>javascript:</c>), <c>data:</c> and other schemes are refused.
    /// </summary>
    public static bool IsSafeUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var delimiter = trimmed.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true;
        }

        return SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
