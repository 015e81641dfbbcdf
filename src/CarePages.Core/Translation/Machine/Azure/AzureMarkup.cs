using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CarePages.Core.Text;
using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine.Azure;

/// <summary>
/// Segments as Translator's HTML mode (<c>textType=html</c>) takes them, and its answers back as the package's markup.
/// <para>
/// Microsoft documents that HTML sent in this mode must be well-formed, complete elements, and says nothing of elements
/// HTML does not define. Our <c>&lt;x id="2"/&gt;</c> is not well-formed HTML: <c>x</c> is no void element, so an HTML
/// parser ignores the <c>/</c> and reads an element that is never closed and swallows the rest of the segment. So codes
/// travel as HTML that any parser reads one way: a paired code <c>&lt;g id="1"&gt;…&lt;/g&gt;</c> as
/// <c>&lt;span id="g1"&gt;…&lt;/span&gt;</c> (an inline element with no meaning of its own, so it does not change how the
/// words inside are translated, unlike <c>&lt;b&gt;</c>), and a placeholder <c>&lt;x id="2"/&gt;</c> as the void inline
/// element <c>&lt;img id="x2"&gt;</c>, which holds no text, cannot be left open and marks a position in a sentence the way
/// an inline image does (a <c>&lt;br&gt;</c> would split the sentence). The ids say which code each was. Answers are read
/// back tolerantly: either quoting, with or without a closing slash, entities decoded and the text escaped again as XML.
/// </para>
/// <para>
/// Glossary terms: a do-not-translate term is wrapped in <c>&lt;span class="notranslate"&gt;</c>, which Microsoft documents
/// for HTML mode with any pair. A required translation goes in Translator's dynamic dictionary,
/// <c>&lt;mstrans:dictionary translation="ketamina"&gt;ketamine&lt;/mstrans:dictionary&gt;</c>, only when the source or the
/// target is English, the one case Microsoft documents it working in (it also needs <c>from</c>, which is always sent);
/// Translator inserts the given translation as it is, without inflecting it, which Microsoft calls safe for names and
/// compound nouns. For other pairs the terms go unmarked, and the package's glossary check flags what the output misses.
/// </para>
/// </summary>
internal static partial class AzureMarkup
{
    private const string PairedPrefix = "g";
    private const string PlaceholderPrefix = "x";

    /// <summary>
    /// <paramref name="segment"/> as HTML for Translator, <paramref name="glossary"/>'s terms marked as the pair allows
    /// (<paramref name="dictionary"/>: whether required translations may go in the dynamic dictionary).
    /// </summary>
    public static string ToHtml(string segment, LanguagePairGlossary? glossary, bool dictionary)
    {
        var html = new StringBuilder(segment.Length + 32);
        var at = 0;
        foreach (Match code in OurCode().Matches(segment))
        {
            AppendText(html, segment[at..code.Index], glossary, dictionary);
            html.Append(code.Groups["paired"].Success
                ? $"<span id=\"{PairedPrefix}{code.Groups["paired"].Value}\">"
                : code.Groups["placeholder"].Success
                    ? $"<img id=\"{PlaceholderPrefix}{code.Groups["placeholder"].Value}\"/>"
                    : "</span>");
            at = code.Index + code.Length;
        }

        AppendText(html, segment[at..], glossary, dictionary);
        return html.ToString();
    }

    /// <summary>Translator's answer for a segment back in the package's markup, or null when its elements do not nest.</summary>
    public static string? FromHtml(string html)
    {
        var markup = new StringBuilder(html.Length);
        var open = new Stack<bool>();
        var at = 0;
        foreach (Match tag in AnyTag().Matches(html))
        {
            AppendEscaped(markup, WebUtility.HtmlDecode(html[at..tag.Index]));
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var closing = tag.Groups["close"].Success;
            var id = IdOf(tag.Groups["attributes"].Value);
            switch (name)
            {
                case "span" when closing:
                    if (open.Count == 0)
                    {
                        return null;
                    }

                    if (open.Pop())
                    {
                        markup.Append("</g>");
                    }

                    break;
                case "span" when !tag.Groups["self"].Success:
                    var paired = CodeId(id, PairedPrefix);
                    open.Push(paired is not null);
                    if (paired is not null)
                    {
                        markup.Append("<g id=\"").Append(paired).Append("\">");
                    }

                    break;
                case "img" when !closing && CodeId(id, PlaceholderPrefix) is { } placeholder:
                    markup.Append("<x id=\"").Append(placeholder).Append("\"/>");
                    break;
                default:
                    // The dynamic dictionary's own element, should it come back, and anything Translator added: the text
                    // stays, the tag goes; a code it lost is reported by the package's code check.
                    break;
            }
        }

        AppendEscaped(markup, WebUtility.HtmlDecode(html[at..]));
        return open.Count == 0 ? markup.ToString() : null;
    }

    /// <summary>True when Translator's dynamic dictionary works for the pair: Microsoft documents it for English and another language.</summary>
    public static bool DictionaryWorks(string from, string to) =>
        CultureNames.LanguageOf(from) == "en" || CultureNames.LanguageOf(to) == "en";

    private static void AppendText(StringBuilder html, string escapedText, LanguagePairGlossary? glossary, bool dictionary)
    {
        if (glossary is null || glossary.Entries.Count == 0 || escapedText.Length == 0)
        {
            html.Append(escapedText);
            return;
        }

        var text = WebUtility.HtmlDecode(escapedText).Normalize(NormalizationForm.FormC);
        var at = 0;
        foreach (var match in glossary.FindSourceTerms(text))
        {
            var entry = match.Entry;
            if (!entry.DoNotTranslate && !dictionary)
            {
                continue;
            }

            AppendEscaped(html, text[at..match.Index]);
            html.Append(entry.DoNotTranslate
                ? "<span class=\"notranslate\">"
                : $"<mstrans:dictionary translation=\"{Attribute(entry.TargetTerm)}\">");
            AppendEscaped(html, match.Text);
            html.Append(entry.DoNotTranslate ? "</span>" : "</mstrans:dictionary>");
            at = match.Index + match.Length;
        }

        AppendEscaped(html, text[at..]);
    }

    private static string? IdOf(string attributes) =>
        IdAttribute().Match(attributes) is { Success: true } id
            ? (id.Groups["double"].Success ? id.Groups["double"] : id.Groups["single"].Success ? id.Groups["single"] : id.Groups["bare"]).Value
            : null;

    private static string? CodeId(string? id, string prefix) =>
        id is not null && id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : null;

    // Only what an attribute must escape: a term's accents and script are sent as they are, as in the text.
    private static string Attribute(string value) => MachineSegmentMarkup.Text(value).Replace("\"", "&quot;", StringComparison.Ordinal);

    // Text in our markup and in Translator's HTML is escaped alike: & < > as entities.
    private static void AppendEscaped(StringBuilder markup, string text) => markup.Append(MachineSegmentMarkup.Text(text));

    [GeneratedRegex("""<g id="(?<paired>\d+)">|<x id="(?<placeholder>\d+)"/>|</g>""", RegexOptions.CultureInvariant)]
    private static partial Regex OurCode();

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9:._-]*)(?<attributes>(?:\s+(?:[^>"']|"[^"]*"|'[^']*')*?)?)\s*(?<self>/)?>""", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex("""(?:^|\s)id\s*=\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'>/]+))""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
