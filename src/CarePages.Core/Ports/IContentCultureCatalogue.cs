namespace CarePages.Core.Ports;

/// <summary>The content cultures a site has: Umbraco's languages in a site, the sample clinic's cultures in the demo.</summary>
public interface IContentCultureCatalogue
{
    /// <summary>Every content culture, in the site's own order.</summary>
    Task<IReadOnlyList<ContentCulture>> GetCulturesAsync(CancellationToken cancellationToken = default);
}
