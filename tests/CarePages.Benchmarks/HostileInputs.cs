using System.Text;

namespace CarePages.Benchmarks;

/// <summary>
/// The shapes of input that took the check engine and the Markdown import seconds to minutes before issue 15 (item 3),
/// generated to any size: a unit repeated until the text reaches the length asked for.
/// </summary>
public static class HostileInputs
{
    /// <summary>The rich-text shapes by name, each a unit that is repeated (deep nesting: 250 levels per unit).</summary>
    public static IReadOnlyDictionary<string, string> RichTextUnits { get; } = new Dictionary<string, string>
    {
        ["x<br>"] = "x<br>",
        ["typed bullets, one paragraph"] = "- x<br>",
        ["paragraphs"] = "<p>Ketamine may ease long-term pain.</p>",
        ["bold paragraphs"] = "<p><strong>Side effects</strong></p><p>x</p>",
        ["plain text"] = "word ",
        ["one long word"] = "a",
        ["list items"] = "<li>x</li>",
        ["deep nesting"] = string.Concat(Enumerable.Repeat("<span>", 250)) + "x" + string.Concat(Enumerable.Repeat("</span>", 250)),
        ["links"] = "<a href=\"https://example.org/leaflet.pdf\">leaflet</a> ",
        ["table rows"] = "<tr><td>a</td><td>b</td></tr>",
    };

    /// <summary>The Markdown shapes by name.</summary>
    public static IReadOnlyDictionary<string, string> MarkdownUnits { get; } = new Dictionary<string, string>
    {
        ["paragraphs"] = "Paragraph with *emphasis* and a [link](https://example.org).\n\n",
        ["nested quotes"] = ">",
        ["unclosed links"] = "[a](",
        ["list items"] = "- item\n",
    };

    /// <summary><paramref name="unit"/> repeated to <paramref name="length"/> characters (cut there), inside a list or table when it needs one.</summary>
    public static string Repeat(string unit, int length)
    {
        var (before, after) = unit.StartsWith("<li>", StringComparison.Ordinal) ? ("<ul>", "</ul>")
            : unit.StartsWith("<tr>", StringComparison.Ordinal) ? ("<table>", "</table>")
            : unit.EndsWith("<br>", StringComparison.Ordinal) && unit.Length > 5 ? ("<p>", "</p>")
            : (string.Empty, string.Empty);
        var builder = new StringBuilder(length + unit.Length).Append(before);
        while (builder.Length + unit.Length + after.Length <= length)
        {
            builder.Append(unit);
        }

        return builder.Append(after).ToString();
    }
}
