using FsCheck;
using FsCheck.Fluent;

namespace CarePages.Core.Tests.Fuzzing;

/// <summary>
/// Random, hostile and deeply nested HTML: elements inside and outside the editor's subset (script-capable ones
/// included), event handlers, addresses in the spellings that have slipped past sanitisers (mixed case, entities,
/// white space and controls inside the scheme, protocol-relative), comments, and broken tags.
/// </summary>
internal static class FuzzMarkup
{
    /// <summary>Element names: the subset, its synonyms, and what must never reach a page.</summary>
    public static readonly string[] Tags =
    [
        "p", "h1", "h2", "h3", "strong", "em", "b", "i", "code", "sup", "sub", "bdi", "br", "hr", "a", "img", "ul", "ol", "li",
        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "div", "span", "script", "style", "iframe", "object", "embed",
        "svg", "math", "template", "noscript", "form", "input", "button", "textarea", "select", "base", "link", "meta", "frameset",
        "video", "audio", "source", "details", "xmp", "plaintext", "title", "mrk", "g", "x",
    ];

    /// <summary>Attribute names: allowed ones, event handlers and every attribute that holds an address.</summary>
    public static readonly string[] AttributeNames =
    [
        "href", "src", "alt", "title", "start", "class", "style", "id", "lang", "dir", "onclick", "onerror", "OnLoad", "onmouseover",
        "srcset", "srcdoc", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "longdesc", "usemap", "target",
    ];

    /// <summary>Addresses, safe and not, in spellings that have slipped past sanitisers.</summary>
    public static readonly string[] Addresses =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "\u0001javascript:alert(1)", "jav&#x09;ascript:alert(1)",
        "vbscript:msgbox(1)", "VBScript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg onload=alert(1)>",
        "data:image/png;base64,iVBORw0KGgo=", "DATA:text/html;base64,PHNjcmlwdD4=", "//evil.example/x", "\\\\evil.example", "/\\evil.example",
        "https://111.nhs.uk", "http://example.org/a b", "mailto:clinic@example.org", "tel:+44 20 7946 0000", "#top", "/book", "page?x=1&y=2", "",
    ];

    /// <summary>A fragment of markup whose size and nesting grow with FsCheck's size.</summary>
    public static Gen<string> Fragment { get; } = Gen.Sized(size => Nodes(Math.Min(size, 40), depth: 6));

    /// <summary>
    /// One opener repeated up to <paramref name="maxDepth"/> times, then text: nesting around and far beyond the limits.
    /// Only openers the HTML parser handles in constant time (<c>span</c>, <c>font</c>, <c>marquee</c>) go past 1,500
    /// levels: the others cost the parser time in proportion to the depth for every tag, which the benchmarks measure.
    /// </summary>
    public static Gen<string> DeeplyNested(int maxDepth) =>
        from tag in Gen.Elements("div", "em", "a href=\"https://111.nhs.uk\"", "blockquote", "ul><li", "table><tr><td", "span", "b", "svg", "font", "marquee", "strong><span")
        let cheap = tag is "span" or "font" or "marquee"
        from depth in Gen.Frequency((3, Gen.Choose(1, 80)), (2, Gen.Choose(200, 300)), (1, Gen.Choose(1000, Math.Max(1000, cheap ? maxDepth : Math.Min(maxDepth, 1500)))))
        from text in FuzzText.Up(20)
        select string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + text;

    /// <summary>Random fragments and deeply nested ones.</summary>
    public static Gen<string> Any(int maxDepth) => Gen.Frequency((5, Fragment), (1, DeeplyNested(maxDepth)));

    private static Gen<string> Nodes(int count, int depth) =>
        Gen.Choose(0, Math.Max(count, 1)).SelectMany(n => Node(depth).ArrayOf(n)).Select(string.Concat);

    private static Gen<string> Node(int depth)
    {
        var leaf = Gen.Frequency(
            (4, FuzzText.Up(12)),
            (1, Gen.Elements("<!-- note -->", "<!--", "<", "</", "<a", "&amp;", "&#0;", "&#xD800;", "&lt;script&gt;", "<![CDATA[x]]>", "</p>", "</li></ul>", "<?php ?>")),
            (1, Gen.Elements(Tags).Select(t => $"<{t}>")));
        if (depth == 0)
        {
            return leaf;
        }

        var element =
            from tag in Gen.Elements(Tags)
            from attributes in Attribute.ArrayOf().Select(a => a.Take(4))
            from children in Nodes(4, depth - 1)
            from closed in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
            select $"<{tag}{string.Concat(attributes)}>{children}{(closed ? $"</{tag}>" : string.Empty)}";
        return Gen.Frequency((3, leaf), (2, element));
    }

    private static Gen<string> Attribute { get; } =
        from name in Gen.Elements(AttributeNames)
        from value in Gen.Frequency((3, Gen.Elements(Addresses)), (1, FuzzText.Up(8)), (1, Gen.Elements("alert(1)", "expression(alert(1))", "x\" onerror=\"alert(1)")))
        from quote in Gen.Elements("\"", "'", string.Empty)
        select $" {name}={quote}{value.Replace(quote.Length > 0 ? quote : "\u0000", string.Empty, StringComparison.Ordinal)}{quote}";
}
