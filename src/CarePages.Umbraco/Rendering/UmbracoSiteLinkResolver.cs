using CarePages.Core.Ports;

namespace CarePages.Umbraco.Rendering;

/// <summary>
/// Answers "cannot tell" for every URL, so the check of call-out links inside the site stays silent in Umbraco.
/// </summary>
/// <remarks>
/// Umbraco resolves a request to content through its routing pipeline (<c>IPublishedRouter</c> with the request's domain,
/// the culture's domain paths, <c>hideTopLevelNodeFromPath</c>, content finders, redirects and the site's own controllers and
/// static files). A path can be answered with <c>IDocumentUrlService.GetDocumentKeyByRoute</c>, but only for the
/// domain-less case, and a miss there does not mean the URL leads nowhere (a controller, a file or a redirect may serve it):
/// reporting it would be guessing. Until a resolver covers domains and those cases, a site that can tell may register its own
/// <see cref="ISiteLinkResolver"/> (the last registration wins).
/// </remarks>
public sealed class UmbracoSiteLinkResolver : ISiteLinkResolver
{
    /// <inheritdoc />
    public SiteLinkStatus Resolve(string path, string culture) => SiteLinkStatus.Unknown;
}
