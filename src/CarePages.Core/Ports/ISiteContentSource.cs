namespace CarePages.Core.Ports;

/// <summary>
/// Every CarePages document of the site, for the whole-site audit and the translation status matrix: Umbraco's content
/// in a site, the demo's document tables in the demo and the command-line tool.
/// </summary>
public interface ISiteContentSource
{
    /// <summary>Every CarePages document's key and change stamp, parents before children, without reading content.</summary>
    Task<IReadOnlyList<SiteDocumentStamp>> GetStampsAsync(CancellationToken cancellationToken = default);

    /// <summary>The draft and published versions of the document with <paramref name="key"/>, or null when there is none.</summary>
    /// <exception cref="Documents.DocumentShapeException">The document's stored content cannot be read.</exception>
    Task<SiteDocumentVersions?> GetVersionsAsync(Guid key, CancellationToken cancellationToken = default);
}
