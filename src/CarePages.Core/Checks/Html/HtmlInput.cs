using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CarePages.Core.Checks.Html;

/// <summary>Parses editor fragments and whole pages with AngleSharp, the same way everywhere.</summary>
public static partial class HtmlInput
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = false, IsScripting = false };

    // AngleSharp's default services without its attribute observer, which on every attribute the parser sets keeps state
    // derived from attributes up to date (class lists, image and frame sources to load, a base address): nothing here
    // scripts, loads or reads that state, and telling the observer cost about 5 % of a 50 KB field's parse.
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.Without<IAttributeObserver>();

    // One parser per thread, as AngleSharp advises (a parser is not thread-safe, but each parse builds its own document):
    // a new parser builds a browsing context and its configuration, which took about a tenth of a 50 KB field's parse.
    [ThreadStatic]
    private static HtmlParser? _parser;

    // The empty fragment page, parsed once per thread: plain text is set into a copy of it, which costs a fraction of
    // parsing the page again (the parse of an empty page was most of the time a short text field took to check).
    [ThreadStatic]
    private static IDocument? _emptyFragment;

    /// <summary>Parses a rich-text fragment; its nodes end up in the body of the returned document.</summary>
    public static IDocument ParseFragment(string html) => Parse(FragmentPage, html);

    /// <summary>Parses a whole page.</summary>
    /// <remarks>
    /// Parsed from UTF-8 bytes behind a byte order mark (which decides the encoding over any <c>meta charset</c>) rather
    /// than from the string: AngleSharp 1.5 takes time quadratic in the length of text that runs to the end of a string
    /// source (400 KB of plain text took 4 s), and linear time from a stream.
    /// </remarks>
    public static IDocument ParsePage(string html) => Parse(string.Empty, html);

    // The page that holds a fragment in its body.
    private const string FragmentPage = "<!DOCTYPE html><html><head></head><body>";

    private static IDocument Parse(string page, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        try
        {
            return ParseUtf8(page, html);
        }
        catch (NullReferenceException)
        {
            // AngleSharp 1.5 throws on some misnested markup that the HTML standard parses, such as
            // <select><button><th><template></template><button></th> (found by the fuzz suite): its template insertion
            // mode is the trigger. A template is never part of a page's content, so it is parsed as an unknown element;
            // should that fail too, the input is read as text, which is always safe.
        }

        try
        {
            return ParseUtf8(page, TemplateTag().Replace(html, "<$1x-template"));
        }
        catch (NullReferenceException)
        {
            return ParseUtf8(page, html.Replace("<", "&lt;", StringComparison.Ordinal));
        }
    }

    // The page and the html are encoded one after the other rather than joined first: a joined string of a 50 KB field
    // is over 85 KB, which lands on the large-object heap and brings on full collections.
    private static IDocument ParseUtf8(string page, string html)
    {
        var preamble = Encoding.UTF8.Preamble;
        var pageLength = Encoding.UTF8.GetByteCount(page);
        var bytes = new byte[preamble.Length + pageLength + Encoding.UTF8.GetByteCount(html)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(page, bytes.AsSpan(preamble.Length));
        Encoding.UTF8.GetBytes(html, bytes.AsSpan(preamble.Length + pageLength));
        using var stream = new MemoryStream(bytes, writable: false);
        return (_parser ??= new HtmlParser(Options, BrowsingContext.New(Configuration))).ParseDocument(stream);
    }

    [GeneratedRegex("<(/?)template", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateTag();

    /// <summary>A document whose body has one paragraph per non-empty line of <paramref name="text"/>, never parsed as markup.</summary>
    public static IDocument FromPlainText(string text)
    {
        var document = (IDocument)(_emptyFragment ??= ParseFragment(string.Empty)).Clone(deep: true);
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var paragraph = document.CreateElement("p");
            paragraph.TextContent = line;
            document.Body!.AppendChild(paragraph);
        }

        return document;
    }
}
