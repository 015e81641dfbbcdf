using CarePages.Core.Ports;
using CarePages.Core.Rendering;
using CarePages.Demo.Storage;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Site;

/// <summary>Loads the current content from the store into a <see cref="DemoSite"/>, once per request.</summary>
public sealed class DemoSiteLoader
{
    private readonly IContentStore _store;
    private readonly SiteBranding _branding;
    private DemoSite? _site;

    /// <summary>Creates the loader over <paramref name="store"/>, with the clinic's name and logo from <c>CarePages:Site</c>.</summary>
    public DemoSiteLoader(IContentStore store, IOptions<SiteBranding> branding)
    {
        ArgumentNullException.ThrowIfNull(branding);
        _store = store;
        _branding = branding.Value;
    }

    /// <summary>The site as the store holds it now.</summary>
    public async Task<DemoSite> LoadAsync(CancellationToken cancellationToken = default) =>
        _site ??= new DemoSite(await _store.GetAllAsync(cancellationToken).ConfigureAwait(false), _branding);
}
