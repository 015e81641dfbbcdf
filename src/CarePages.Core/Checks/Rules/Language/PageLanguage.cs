using System.Text;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>What the page-language rules share.</summary>
internal static class PageLanguage
{
    /// <summary>The start tag of the page's <c>html</c> element with its attributes, without the page's text.</summary>
    public static string Snippet(IElement root)
    {
        var builder = new StringBuilder("<").Append(root.LocalName);
        foreach (var attribute in root.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        return Snippets.Shorten(builder.Append('>').ToString());
    }

    /// <summary>The arguments of a finding about <paramref name="lang"/> on a page checked in <paramref name="culture"/>.</summary>
    public static Dictionary<string, string> Arguments(string lang, string culture) => new()
    {
        ["value"] = lang,
        ["culture"] = culture,
    };
}
