using CarePages.Core.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CarePages.Umbraco.Rendering;

/// <summary>Writes plain text into a page with its left-to-right runs isolated on right-to-left pages (see <see cref="BidiSegments"/>).</summary>
public static class BidiHtmlExtensions
{
    /// <summary>
    /// <paramref name="text"/> HTML-encoded, each left-to-right run inside right-to-left text wrapped in
    /// <c>&lt;bdi dir="ltr"&gt;</c> when <paramref name="dir"/> is <c>rtl</c>: "(CRPS)" in an Arabic heading keeps its order.
    /// </summary>
    public static IHtmlContent Bidi(this IHtmlHelper html, string? text, string dir)
    {
        ArgumentNullException.ThrowIfNull(html);
        var content = new HtmlContentBuilder();
        foreach (var segment in BidiSegments.Of(text, dir))
        {
            if (segment.IsolateLeftToRight)
            {
                content.AppendHtml("<bdi dir=\"ltr\">").Append(segment.Text).AppendHtml("</bdi>");
            }
            else
            {
                content.Append(segment.Text);
            }
        }

        return content;
    }
}
