using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;
using CarePages.Demo.Site;

namespace CarePages.Demo.Pages;

/// <summary>Builds the home page's lists from the site.</summary>
public static class HomeViewModelFactory
{
    /// <summary>Lists every page of <paramref name="site"/> in every culture, children nested under parents.</summary>
    public static HomeViewModel Create(DemoSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var groups = site.Cultures
            .Select(culture => new HomeCultureGroup(
                culture,
                CultureNames.Native(culture),
                TextDirection.For(culture),
                LabelCatalogue.For(culture)[LabelKeys.AllPages],
                Nodes(site, parentKey: null, culture)))
            .ToArray();
        return new HomeViewModel(groups);
    }

    private static HomePageNode[] Nodes(DemoSite site, Guid? parentKey, string culture) => site.Documents
        .Where(d => d.Parent?.Id == parentKey || (parentKey is null && d.Parent is { } p && site.Documents.All(o => o.Id != p.Id)))
        .Select(d => (document: d, name: d.NameIn(culture), url: site.Urls.UrlOf(d.Id, culture)))
        .Where(x => x.name is not null && x.url is not null)
        .Select(x => new HomePageNode(new LinkViewModel(x.name!, x.url!, culture), Nodes(site, x.document.Id, culture)))
        .ToArray();
}
