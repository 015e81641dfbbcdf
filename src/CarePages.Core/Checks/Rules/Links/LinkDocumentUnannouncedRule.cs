using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A link to a document file (PDF, Word, Excel, PowerPoint, OpenDocument, RTF …) whose text does not say so: patients
/// expect a web page and get a download, possibly one their phone or screen reader handles badly. Warns.
/// </summary>
/// <remarks>
/// The file type is read from the end of the <c>href</c> path (query and fragment ignored), against the <c>extensions</c>
/// parameter. The link counts as announced when its accessible name, or the text right after it ("Leaflet (PDF, 200 KB)"
/// written as a link followed by the type), names the type (the extension itself or PDF, Word, Excel, PowerPoint,
/// OpenDocument, as whole words) or a word of the content language's <c>documentWords</c> list in
/// <c>Checks/Vocabulary/links.&lt;language&gt;.json</c> ("document", "documento", "Dokument", "ملف" …, also inside longer words).
/// </remarks>
public sealed class LinkDocumentUnannouncedRule : IMarkupRule
{
    /// <summary>The parameter listing the file extensions treated as documents.</summary>
    public const string Extensions = "extensions";

    private const int FollowingTextLength = 40;

    private static readonly string[] TypeNames = ["pdf", "word", "excel", "powerpoint", "opendocument", "libreoffice", "acrobat"];

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-document-unannounced",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["2.4.4"],
        Parameters =
        [
            new CheckParameter(Extensions, "pdf,doc,docx,docm,dot,dotx,rtf,odt,ott,xls,xlsx,xlsm,ods,csv,ppt,pptx,pps,ppsx,odp,epub,zip", "Comma-separated file extensions (without the dot) of links that download a document."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var extensions = findings.Parameters.GetList(Extensions).Select(e => e.TrimStart('.').ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var words = FoldedTerms.Of(context.Terms("documentWords"));
        foreach (var link in ExposedLinks.Of(context))
        {
            if (link.Name.Length > 0 && ExtensionOf(link.Href) is { } extension && extensions.Contains(extension)
                && !Announces(link.FoldedName, extension, words) && !Announces(TextFolding.Fold(FollowingText(link.Element, context.Index)), extension, words))
            {
                findings.Report(link.Element, arguments: new Dictionary<string, string> { ["type"] = extension.ToUpperInvariant() });
            }
        }
    }

    /// <summary>The lower-case extension of the last segment of <paramref name="href"/>'s path, or null.</summary>
    public static string? ExtensionOf(string href)
    {
        var end = href.IndexOfAny(['?', '#']);
        var path = end < 0 ? href : href[..end];
        var dot = path.LastIndexOf('.');
        if (dot < 0 || dot < path.LastIndexOf('/') || path.Length - dot - 1 is 0 or > 5 || path.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return path[(dot + 1)..].ToLowerInvariant();
    }

    private static bool Announces(string folded, string extension, FoldedTerms words)
    {
        if (folded.Length == 0)
        {
            return false;
        }

        if (HasWord(folded, extension) || words.FindPart(folded) is not null)
        {
            return true;
        }

        foreach (var name in TypeNames)
        {
            if (HasWord(folded, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(string folded, string word)
    {
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // The first words after the link in its paragraph, across inline siblings: "<a>Leaflet</a> <small>(PDF)</small>".
    private static string FollowingText(IElement link, ElementIndex index)
    {
        var text = string.Empty;
        for (var node = index.NextSibling(link); node is not null && text.Length < FollowingTextLength; node = index.NextSibling(node))
        {
            text += node switch
            {
                IText t => t.Data[..Math.Min(t.Data.Length, FollowingTextLength)],
                IElement e => " " + HtmlText.Of(e, FollowingTextLength),
                _ => string.Empty,
            };
        }

        return text.Length > FollowingTextLength ? text[..FollowingTextLength] : text;
    }
}
