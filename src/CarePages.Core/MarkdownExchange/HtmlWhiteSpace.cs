using System.Text;

namespace CarePages.Core.MarkdownExchange;

/// <summary>HTML's white space (space, tab, line feed, form feed, carriage return; not the no-break space), collapsed as a browser shows it.</summary>
internal static class HtmlWhiteSpace
{
    /// <summary>True for one of HTML's white-space characters.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>True for text made only of HTML white space.</summary>
    public static bool IsBlank(string text) => text.All(IsSpace);

    /// <summary><paramref name="text"/> with each run of white space replaced by one space.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
