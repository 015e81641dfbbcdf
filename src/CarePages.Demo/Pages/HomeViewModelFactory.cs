using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Text;
using CarePages.Demo.Site;

namespace CarePages.Demo.Pages;

/// <summary>Builds the language chooser and each culture's home page from the site.</summary>
public static class HomeViewModelFactory
{
    /// <summary>The language chooser: one group per culture of <paramref name="site"/>, each with its pages.</summary>
    public static HomeViewModel Create(DemoSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var header = new SiteHeaderViewModel(WritingDirection.Ltr.ToAttribute(), DemoSite.HomeUrl, LabelCatalogue.For(LabelCatalogue.FallbackLanguage), site.Branding, []);
        return new HomeViewModel(site.Cultures.Select(culture => Group(site, culture)).ToArray(), header);
    }

    /// <summary>The home page of <paramref name="culture"/>, or null when no page is written in it.</summary>
    public static CultureHomeViewModel? CreateCultureHome(DemoSite site, string culture)
    {
        ArgumentNullException.ThrowIfNull(site);
        var group = Group(site, culture);
        if (group.Pages.Count == 0)
        {
            return null;
        }

        var labels = LabelCatalogue.For(culture);
        var alternates = site.Cultures
            .Select(c => new AlternateLinkViewModel(c, CultureNames.Native(c), WritingDirections.Of(c).ToAttribute(), DemoSite.CultureHomeUrl(c), string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        var header = new SiteHeaderViewModel(group.Dir, group.Url, labels, site.Branding, alternates);
        return new CultureHomeViewModel(culture, group.Dir, labels, header, group.Pages);
    }

    private static HomeCultureGroup Group(DemoSite site, string culture) => new(
        culture,
        CultureNames.Native(culture),
        WritingDirections.Of(culture).ToAttribute(),
        DemoSite.CultureHomeUrl(culture),
        Nodes(site, parentKey: null, culture));

    private static HomePageNode[] Nodes(DemoSite site, Guid? parentKey, string culture) => site.Documents
        .Where(d => d.Parent?.Id == parentKey || (parentKey is null && d.Parent is { } p && site.Documents.All(o => o.Id != p.Id)))
        .Select(d => (document: d, name: d.NameIn(culture), url: site.Urls.UrlOf(d.Id, culture)))
        .Where(x => x.name is not null && x.url is not null)
        .Select(x => new HomePageNode(new LinkViewModel(x.name!, x.url!, culture), Nodes(site, x.document.Id, culture)))
        .ToArray();
}
