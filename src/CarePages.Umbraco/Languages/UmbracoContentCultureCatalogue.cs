using CarePages.Core.Ports;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Languages;

/// <summary>The site's content cultures: Umbraco's languages, default language first, then by ISO code.</summary>
public sealed class UmbracoContentCultureCatalogue(ILanguageService languages) : IContentCultureCatalogue
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ContentCulture>> GetCulturesAsync(CancellationToken cancellationToken = default) =>
        (await languages.GetAllAsync().ConfigureAwait(false))
            .OrderByDescending(l => l.IsDefault)
            .ThenBy(l => l.IsoCode, StringComparer.OrdinalIgnoreCase)
            .Select(l => new ContentCulture(l.IsoCode, string.IsNullOrWhiteSpace(l.CultureName) ? l.IsoCode : l.CultureName))
            .ToArray();
}
