using System.Globalization;
using CarePages.Core.Ports;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Documents;

/// <summary>
/// The site's CarePages documents for the site audit and the status matrix, from Umbraco's content service: the stamp is
/// the content's draft version, published version and update date, which every save and publish changes.
/// </summary>
public sealed class UmbracoSiteContentSource : ISiteContentSource
{
    private readonly IContentService _contentService;
    private readonly IContentTypeService _contentTypeService;

    /// <summary>Creates the source.</summary>
    public UmbracoSiteContentSource(IContentService contentService, IContentTypeService contentTypeService)
    {
        _contentService = contentService;
        _contentTypeService = contentTypeService;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SiteDocumentStamp>> GetStampsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SiteDocumentStamp>>(CarePagesContentList.All(_contentService, _contentTypeService, cancellationToken)
            .OrderBy(c => c.Level).ThenBy(c => c.SortOrder)
            .Select(c => new SiteDocumentStamp(c.Key, string.Create(CultureInfo.InvariantCulture, $"{c.VersionId}.{c.PublishedVersionId}.{c.UpdateDate.Ticks}")))
            .ToArray());

    /// <inheritdoc />
    public Task<SiteDocumentVersions?> GetVersionsAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var content = _contentService.GetById(key);
        return Task.FromResult(content is null || content.Trashed || MultiCultureDocumentReader.Read(content) is not { } draft
            ? null
            : new SiteDocumentVersions(draft, MultiCultureDocumentReader.ReadPublished(content)));
    }
}
