using Moq;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Services.Navigation;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>Umbraco's published cache and navigation for a site whose only page is <paramref name="Root"/>.</summary>
internal sealed record SingleRootSite(IPublishedContent Root)
{
    public IPublishedContentCache Cache { get; } = CacheOf(Root);

    public IDocumentNavigationQueryService Navigation { get; } = NavigationOf(Root);

    private static IPublishedContentCache CacheOf(IPublishedContent root)
    {
        var cache = new Mock<IPublishedContentCache>();
        cache.Setup(c => c.GetById(root.Key)).Returns(root);
        return cache.Object;
    }

    private static IDocumentNavigationQueryService NavigationOf(IPublishedContent root)
    {
        var navigation = new Mock<IDocumentNavigationQueryService>();
        IEnumerable<Guid> roots = [root.Key];
        navigation.Setup(n => n.TryGetRootKeys(out roots)).Returns(true);
        return navigation.Object;
    }
}
