using CarePages.Core.Ports;

namespace CarePages.Demo.Site;

/// <summary>Loads the current content from the store into a <see cref="DemoSite"/>, once per request.</summary>
public sealed class DemoSiteLoader
{
    private readonly IContentStore _store;
    private DemoSite? _site;

    /// <summary>Creates the loader over <paramref name="store"/>.</summary>
    public DemoSiteLoader(IContentStore store) => _store = store;

    /// <summary>The site as the store holds it now.</summary>
    public async Task<DemoSite> LoadAsync(CancellationToken cancellationToken = default) =>
        _site ??= new DemoSite(await _store.GetAllAsync(cancellationToken).ConfigureAwait(false));
}
