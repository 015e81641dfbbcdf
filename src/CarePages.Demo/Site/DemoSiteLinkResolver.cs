using CarePages.Core.Ports;
using CarePages.Demo.Storage;

namespace CarePages.Demo.Site;

/// <summary>Tells the checks where the demo's own URLs lead, from the URL map over the content as the store holds it now.</summary>
public sealed class DemoSiteLinkResolver : ISiteLinkResolver
{
    private readonly IContentStore _store;

    /// <summary>Creates the resolver over <paramref name="store"/>.</summary>
    public DemoSiteLinkResolver(IContentStore store) => _store = store;

    /// <inheritdoc />
    public SiteLinkStatus Resolve(string path, string culture)
    {
        // Checks are synchronous; the demo's SQLite store completes its "async" reads synchronously, so this waits on nothing.
        var documents = _store.GetAllAsync().GetAwaiter().GetResult();
        return new DemoSite(documents).LinkStatus(path, culture);
    }
}
