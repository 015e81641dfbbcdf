namespace CarePages.Core.Checks.Html;

/// <summary>
/// Estimates how deeply markup nests from its tags alone, before parsing. HTML parsers spend time in proportion to
/// depth for every tag, so 10,000 nested elements take a parser seconds; this scan stops as soon as the limit is passed.
/// </summary>
public static class NestingScan
{
    // Void elements and elements the parser closes implicitly, which therefore do not deepen the tree on their own.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc",
        "colgroup", "caption", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "plaintext" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingLookup = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the tags of <paramref name="html"/> open more than <paramref name="limit"/> elements inside each other.</summary>
    public static bool Exceeds(ReadOnlySpan<char> html, int limit)
    {
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            i += open + 1;
            if (i >= html.Length)
            {
                break;
            }

            if (html[i] == '!')
            {
                i = SkipPast(html, i, html[i..].StartsWith("!--") ? "-->" : ">");
                continue;
            }

            var closing = html[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = EndOfTag(html, nameEnd);
            i = tagEnd + 1;
            if (name.IsEmpty || !char.IsAsciiLetter(name[0]) || NotNestingLookup.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (tagEnd < html.Length && html[tagEnd - 1] != '/')
            {
                if (++depth > limit)
                {
                    return true;
                }

                if (RawTextLookup.Contains(name))
                {
                    // Skip the raw text up to its end tag, which the loop then reads.
                    var end = html[i..].IndexOf("</", StringComparison.Ordinal);
                    i = end < 0 ? html.Length : i + end;
                }
            }
        }

        return false;
    }

    // The '>' that ends the tag, passing over quoted attribute values.
    private static int EndOfTag(ReadOnlySpan<char> html, int from)
    {
        var i = from;
        while (i < html.Length && html[i..].IndexOfAny('"', '\'', '>') is var next and >= 0)
        {
            i += next;
            if (html[i] == '>')
            {
                return i;
            }

            var closingQuote = html[(i + 1)..].IndexOf(html[i]);
            if (closingQuote < 0)
            {
                break;
            }

            i += closingQuote + 2;
        }

        return html.Length;
    }

    private static int SkipPast(ReadOnlySpan<char> html, int from, string marker)
    {
        var found = html[from..].IndexOf(marker, StringComparison.Ordinal);
        return found < 0 ? html.Length : from + found + marker.Length;
    }
}
