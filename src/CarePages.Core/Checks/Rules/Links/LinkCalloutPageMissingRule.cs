using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Ports;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A booking call-out's online booking link that points inside the site (<c>/book</c>) and leads to no page, or to a page
/// in another language: the patient who taps "Book online" gets "page not found", or a page they may not read. Only
/// site-relative links are judged, and only where the host can resolve them (<see cref="DocumentContext.SiteLinks"/>):
/// without a resolver, or when it cannot tell, nothing is reported. No WCAG criterion: the link's purpose is clear; it
/// does not work.
/// </summary>
public sealed class LinkCalloutPageMissingRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-callout-page-missing",
        DefaultSeverity = FindingSeverity.Warn,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        if (context.SiteLinks is not { } siteLinks)
        {
            return;
        }

        foreach (var callout in ClinicalDocuments.BookingCallouts(context.Document))
        {
            if (callout.Text(BookingCalloutElementType.BookingUrl)?.Trim() is not { } url || PathOf(url) is not { } path)
            {
                continue;
            }

            var variant = siteLinks.Resolve(path, context.Culture) switch
            {
                SiteLinkStatus.Missing => string.Empty,
                SiteLinkStatus.PageInOtherCulture => "culture",
                _ => null,
            };
            if (variant is not null)
            {
                var arguments = new Dictionary<string, string> { ["url"] = Snippets.Shorten(url, 80), ["culture"] = context.Culture };
                findings.Report(url, variant: variant.Length == 0 ? null : variant, arguments: arguments, property: callout.PathOf(BookingCalloutElementType.BookingUrl));
            }
        }
    }

    // The path of a site-relative URL (one leading slash), without query or fragment; null for anything else.
    private static string? PathOf(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }
}
