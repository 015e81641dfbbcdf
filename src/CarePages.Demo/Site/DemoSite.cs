using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Rendering;
using CarePages.Core.SampleContent;

namespace CarePages.Demo.Site;

/// <summary>A snapshot of the demo's content: its documents, their URLs and the lookup page mapping uses.</summary>
public sealed class DemoSite
{
    // The demo's routes that are not pages: the API and its OpenAPI document (under /umbraco), the editor preview.
    private static readonly HashSet<string> OtherRoutes = new(StringComparer.OrdinalIgnoreCase) { "umbraco", "editor-preview" };

    /// <summary>The URL of the site's root: a language chooser linking each culture's home.</summary>
    public const string HomeUrl = "/";

    /// <summary>Builds the snapshot from documents listed parents first, with the clinic's <paramref name="branding"/> in page headers.</summary>
    public DemoSite(IReadOnlyList<MultiCultureDocument> documents, SiteBranding? branding = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = documents;
        Branding = branding ?? new SiteBranding();
        Urls = new DemoUrlMap(documents, SampleClinic.SourceCulture);
        Lookup = new InMemoryPageLookup(documents, SampleClinic.SourceCulture, Urls.UrlOf, CultureHomeUrl);
        Cultures = documents.SelectMany(d => d.Cultures)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => OrderOf(c))
            .ToArray();
    }

    /// <summary>The clinic's name and logo.</summary>
    public SiteBranding Branding { get; }

    /// <summary>Every document, parents first.</summary>
    public IReadOnlyList<MultiCultureDocument> Documents { get; }

    /// <summary>Every page's URL.</summary>
    public DemoUrlMap Urls { get; }

    /// <summary>Other documents and their URLs, for page mapping.</summary>
    public IPageLookup Lookup { get; }

    /// <summary>Every culture some document is written in, the source culture first.</summary>
    public IReadOnlyList<string> Cultures { get; }

    /// <summary>The home page of <paramref name="culture"/>, listing its pages: e.g. <c>/es-es/</c>.</summary>
    public static string CultureHomeUrl(string culture) => $"/{DemoUrlMap.CultureSegment(culture)}/";

    /// <summary>The culture whose URL segment is <paramref name="segment"/>, or null.</summary>
    public string? CultureOfSegment(string segment) =>
        Cultures.FirstOrDefault(c => string.Equals(DemoUrlMap.CultureSegment(c), segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where the site-relative <paramref name="path"/> leads for a reader of <paramref name="culture"/>: the root and the
    /// culture homes and pages are known; a file (a dot in the last segment) or another of the demo's routes cannot be told.
    /// </summary>
    public SiteLinkStatus LinkStatus(string path, string culture)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            return SiteLinkStatus.Page;
        }

        var first = trimmed.Split('/')[0];
        if (CultureOfSegment(first) is not { } pathCulture)
        {
            return trimmed.Split('/')[^1].Contains('.', StringComparison.Ordinal) || OtherRoutes.Contains(first) ? SiteLinkStatus.Unknown : SiteLinkStatus.Missing;
        }

        if (trimmed.Length != first.Length && Urls.Resolve(path) is null)
        {
            return SiteLinkStatus.Missing;
        }

        return string.Equals(pathCulture, culture, StringComparison.OrdinalIgnoreCase) ? SiteLinkStatus.Page : SiteLinkStatus.PageInOtherCulture;
    }

    /// <summary>The page at <paramref name="path"/> as a view model, or null when there is none.</summary>
    public PageViewModel? PageAt(string path) =>
        Urls.Resolve(path) is { } page && Lookup.Find(page.Key, page.Culture) is { } document
            ? PageViewModelFactory.Create(document, Lookup, Branding)
            : null;

    // The sample clinic's order (source culture first); cultures it does not know go last.
    private static int OrderOf(string culture)
    {
        for (var i = 0; i < SampleClinic.Cultures.Count; i++)
        {
            if (string.Equals(SampleClinic.Cultures[i], culture, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
