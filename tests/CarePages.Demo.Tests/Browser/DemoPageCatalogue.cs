using CarePages.Core.Rendering;
using CarePages.Core.SampleContent;
using CarePages.Demo.Site;

namespace CarePages.Demo.Tests.Browser;

/// <summary>
/// The pages the browser tests visit, taken from the demo's own URL map over the content it seeds: every page in
/// every culture, the language chooser, each culture's home, and the 404 page in each language.
/// </summary>
internal static class DemoPageCatalogue
{
    private static readonly DemoSite Site = new(SampleClinic.Documents);

    /// <summary>A path under each culture that no page has, for the 404 page.</summary>
    public static string NotFoundUrl(string culture) => $"/{DemoUrlMap.CultureSegment(culture)}/no-such-page";

    /// <summary>Every published page in every culture.</summary>
    public static IEnumerable<string> ContentPages => Site.Urls.Pages.Select(p => p.Url);

    /// <summary>Every URL a patient can land on: the content pages, the language chooser, each culture's home and the 404 pages.</summary>
    public static IEnumerable<string> AllPages =>
        ContentPages.Prepend(DemoSite.HomeUrl).Concat(Site.Cultures.Select(DemoSite.CultureHomeUrl)).Concat(Site.Cultures.Select(NotFoundUrl));

    /// <summary>The first page of <paramref name="kind"/> in <paramref name="culture"/>.</summary>
    public static string FirstPageOf(PageKind kind, string culture) => Site.Urls.Pages
        .First(p => string.Equals(p.Culture, culture, StringComparison.OrdinalIgnoreCase) && Site.PageAt(p.Url)?.Kind == kind)
        .Url;
}
