using CarePages.Core.Documents;
using CarePages.Core.Rendering;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace CarePages.Umbraco.Rendering;

/// <summary>Answers page mapping's questions about the rest of the site from Umbraco's published content.</summary>
public sealed class PublishedContentPageLookup : IPageLookup
{
    private readonly IPublishedContentCache _contentCache;
    private readonly IDocumentNavigationQueryService _navigation;
    private readonly IPublishedUrlProvider _urlProvider;

    /// <summary>Creates the lookup.</summary>
    public PublishedContentPageLookup(IPublishedContentCache contentCache, IDocumentNavigationQueryService navigation, IPublishedUrlProvider urlProvider, IDefaultCultureAccessor defaultCulture)
    {
        ArgumentNullException.ThrowIfNull(defaultCulture);
        _contentCache = contentCache;
        _navigation = navigation;
        _urlProvider = urlProvider;
        DefaultCulture = defaultCulture.DefaultCulture;
    }

    /// <inheritdoc />
    public string DefaultCulture { get; }

    /// <inheritdoc />
    /// <remarks>
    /// The culture's root: the first root page published in <paramref name="culture"/> (a site with one root per language, or
    /// one root in every language), at its URL in that culture (for example <c>/es/</c> under a culture's domain); <c>/</c>
    /// when no root is published in it.
    /// </remarks>
    public string HomeUrl(string culture) =>
        _navigation.TryGetRootKeys(out var roots)
            ? roots.Select(root => UrlOf(root, culture)).FirstOrDefault(url => url is not null) ?? "/"
            : "/";

    /// <inheritdoc />
    public CultureDocument? Find(Guid key, string culture) =>
        _contentCache.GetById(key) is { } content ? PublishedDocumentReader.Read(content, culture, ParentOf(key)) : null;

    /// <inheritdoc />
    public IReadOnlyList<string> CulturesOf(Guid key) =>
        _contentCache.GetById(key) is { } content
            ? CultureOrder.DefaultFirst(content.Cultures.Keys, DefaultCulture)
            : [];

    /// <inheritdoc />
    public IReadOnlyList<CultureDocument> ChildrenOf(Guid key, string culture) =>
        _navigation.TryGetChildrenKeys(key, out var children)
            ? children.Select(child => Find(child, culture)).OfType<CultureDocument>().ToArray()
            : [];

    /// <inheritdoc />
    public string? UrlOf(Guid key, string culture)
    {
        var content = _contentCache.GetById(key);
        if (content is null || !content.Cultures.ContainsKey(culture))
        {
            return null;
        }

        var url = _urlProvider.GetUrl(content, UrlMode.Relative, culture);
        return string.IsNullOrEmpty(url) || url == "#" ? null : url;
    }

    private Guid? ParentOf(Guid key) => _navigation.TryGetParentKey(key, out var parent) ? parent : null;
}
