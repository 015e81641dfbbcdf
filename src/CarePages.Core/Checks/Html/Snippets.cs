using System.Text;
using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>Short, bounded excerpts of markup for findings: the start tag with its attributes, then the start of its text.</summary>
public static class Snippets
{
    /// <summary>Longest snippet, in characters.</summary>
    public const int MaxLength = 160;

    private const int MaxAttributeLength = 60;

    /// <summary>An excerpt of <paramref name="element"/>.</summary>
    public static string Of(IElement element)
    {
        var builder = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(Shorten(attribute.Value, MaxAttributeLength)).Append('"');
        }

        builder.Append('>');
        if (builder.Length < MaxLength)
        {
            builder.Append(HtmlText.Of(element, MaxLength));
        }

        return Shorten(builder.ToString(), MaxLength);
    }

    /// <summary><paramref name="text"/> cut to <paramref name="maxLength"/> characters, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int maxLength = MaxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
}
