using CarePages.Core.Rendering;
using CarePages.Umbraco.Configuration;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;

namespace CarePages.Umbraco.Rendering;

/// <summary>Builds the plain page view model for the published page Umbraco is rendering, in the request's culture.</summary>
public sealed class PublishedPageViewModelFactory
{
    private readonly PublishedContentPageLookup _lookup;
    private readonly IVariationContextAccessor _variationContextAccessor;
    private readonly IDefaultCultureAccessor _defaultCulture;
    private readonly IOptionsMonitor<CarePagesOptions> _options;

    /// <summary>Creates the factory.</summary>
    public PublishedPageViewModelFactory(PublishedContentPageLookup lookup, IVariationContextAccessor variationContextAccessor, IDefaultCultureAccessor defaultCulture, IOptionsMonitor<CarePagesOptions> options)
    {
        _lookup = lookup;
        _variationContextAccessor = variationContextAccessor;
        _defaultCulture = defaultCulture;
        _options = options;
    }

    /// <summary>The view model of <paramref name="content"/>, or null when it is not a CarePages page in the current culture.</summary>
    public PageViewModel? Create(IPublishedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var document = _lookup.Find(content.Key, CurrentCulture);
        return document is null ? null : PageViewModelFactory.Create(document, _lookup, _options.CurrentValue.Site);
    }

    /// <summary>The "page not found" page in the request's culture, linking to that culture's home page.</summary>
    public NotFoundViewModel CreateNotFound() => NotFoundViewModel.For(CurrentCulture, _lookup.HomeUrl(CurrentCulture), _options.CurrentValue.Site);

    private string CurrentCulture =>
        _variationContextAccessor.VariationContext?.Culture is { Length: > 0 } current ? current : _defaultCulture.DefaultCulture;
}
