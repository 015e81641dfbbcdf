using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Escapes text so that Markdown reads it as the same text: characters that always mean markup are escaped
/// everywhere, those that only mean markup at the start of a line (a list number, a heading's <c>#</c>) only there.
/// </summary>
internal static partial class MarkdownEscaper
{
    /// <summary>Text with HTML white space collapsed and every character that could start inline markup escaped.</summary>
    public static string Text(string text)
    {
        var collapsed = HtmlWhiteSpace.Collapse(text);
        var builder = new StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            var c = collapsed[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' || (c == '&' && EntityAhead().IsMatch(collapsed, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Escapes what would start a block at the beginning of each line of a written paragraph.</summary>
    public static string LineStarts(string lines) =>
        string.Join('\n', lines.Split('\n').Select(EscapeLineStart));

    /// <summary>A link or image destination that Markdown reads back unchanged.</summary>
    public static string Destination(string url)
    {
        var escaped = Backslashed(url, c => c is '\\' or '(' or ')' or '<' or '>');
        return url.Length == 0 || url.Any(c => c == ' ' || char.IsControl(c)) ? "<" + escaped + ">" : escaped;
    }

    /// <summary>A link or image title in double quotes.</summary>
    public static string Title(string title) => "\"" + Backslashed(Text(title), c => c == '"') + "\"";

    /// <summary>Code text in a code span whose backtick fence is longer than any run of backticks inside.</summary>
    public static string CodeSpan(string code)
    {
        var collapsed = HtmlWhiteSpace.Collapse(code);
        var longest = BacktickRun().Matches(collapsed).Select(m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', longest + 1);
        var pad = collapsed.StartsWith('`') || collapsed.EndsWith('`') || (collapsed.StartsWith(' ') && collapsed.EndsWith(' ')) ? " " : string.Empty;
        return fence + pad + collapsed + pad + fence;
    }

    private static string Backslashed(string text, Func<char, bool> needsEscape)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (needsEscape(text[i]) || (text[i] == '&' && EntityAhead().IsMatch(text, i)))
            {
                builder.Append('\\');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static string EscapeLineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var first = line[0];
        if (first is '#' or '=' or '+' or '~' || (first == '-' && (line.Length == 1 || line[1] is ' ' or '-')))
        {
            return "\\" + line;
        }

        var number = OrderedListMarker().Match(line);
        return number.Success
            ? string.Create(CultureInfo.InvariantCulture, $"{number.Groups[1].Value}\\{line[number.Groups[1].Length..]}")
            : line;
    }

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex EntityAhead();

    [GeneratedRegex(@"^([0-9]{1,9})[.)](?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedListMarker();

    [GeneratedRegex("`+", RegexOptions.CultureInvariant)]
    private static partial Regex BacktickRun();
}
