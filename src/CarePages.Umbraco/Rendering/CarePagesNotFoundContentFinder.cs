using CarePages.Core.Rendering.Labels;
using CarePages.Core.Schema;
using CarePages.Core.Text;
using CarePages.Umbraco.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace CarePages.Umbraco.Rendering;

/// <summary>
/// Umbraco's last chance when no page matched the URL: the site's own 404 (e.g. <c>Umbraco:CMS:Global:Error404Collection</c>)
/// wins when it has one; otherwise a site whose root is a CarePages page answers 404 with the package's "page not found"
/// page, in the request's culture: from its domain, or from a first URL segment such as <c>/ar/</c> naming one of the
/// root's cultures or a language whose interface texts the package has (so <c>/fr-fr/…</c> on a site without French
/// still says "Page introuvable").
/// </summary>
public sealed class CarePagesNotFoundContentFinder : IContentLastChanceFinder
{
    private readonly IContentLastChanceFinder? _siteFinder;
    private readonly IPublishedContentCache _contentCache;
    private readonly IDocumentNavigationQueryService _navigation;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IOptionsMonitor<CarePagesOptions> _options;

    /// <summary>Creates the finder, trying <paramref name="siteFinder"/> (the one Umbraco had) first.</summary>
    public CarePagesNotFoundContentFinder(
        IContentLastChanceFinder? siteFinder,
        IPublishedContentCache contentCache,
        IDocumentNavigationQueryService navigation,
        IHttpContextAccessor httpContextAccessor,
        IOptionsMonitor<CarePagesOptions> options)
    {
        _options = options;
        _siteFinder = siteFinder;
        _contentCache = contentCache;
        _navigation = navigation;
        _httpContextAccessor = httpContextAccessor;
    }

    /// <inheritdoc />
    public async Task<bool> TryFindContent(IPublishedRequestBuilder request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_siteFinder is not null && await _siteFinder.TryFindContent(request).ConfigureAwait(false))
        {
            return true;
        }

        if (!_options.CurrentValue.ServeNotFoundPage
            || FindCarePagesRoot(request) is not { } root
            || _httpContextAccessor.HttpContext is not { } httpContext)
        {
            return false;
        }

        if (string.IsNullOrEmpty(request.Culture) && CultureOfFirstSegment(request.Uri, root) is { } culture)
        {
            request.SetCulture(culture);
        }

        request.SetPublishedContent(root);
        request.SetResponseStatus(StatusCodes.Status404NotFound);
        NotFoundRequest.Mark(httpContext);
        return true;
    }

    private IPublishedContent? FindCarePagesRoot(IPublishedRequestBuilder request)
    {
        var candidates = request.Domain is { } domain
            ? [_contentCache.GetById(domain.ContentId)]
            : _navigation.TryGetRootKeys(out var roots) ? roots.Select(key => _contentCache.GetById(key)) : [];
        return candidates.FirstOrDefault(content => content is not null && IsCarePagesPage(content.ContentType.Alias));
    }

    private static bool IsCarePagesPage(string alias) =>
        CarePagesSchema.ContentTypes.Any(type => type.Template is not null && string.Equals(type.Alias, alias, StringComparison.Ordinal));

    private static string? CultureOfFirstSegment(Uri uri, IPublishedContent root)
    {
        var segment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return segment is null
            ? null
            : root.Cultures.Keys.FirstOrDefault(culture => string.Equals(culture, segment, StringComparison.OrdinalIgnoreCase)
                || string.Equals(CultureNames.LanguageOf(culture), segment, StringComparison.OrdinalIgnoreCase))
              ?? LabelCatalogue.KnownCulture(segment);
    }
}
