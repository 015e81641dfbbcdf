using System.Globalization;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Demo.Translation;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Site;

/// <summary>
/// The demo's content cultures: the sample clinic's (en-GB, es-ES, ar), then the other languages its users translate
/// into (fr-FR), which the demo has as a language before any page is written in it, as a site would, then those
/// <see cref="DemoOptions.AdditionalCultures"/> names.
/// </summary>
public sealed class DemoContentCultureCatalogue : IContentCultureCatalogue
{
    private readonly IReadOnlyList<ContentCulture> _cultures;

    /// <summary>Creates the catalogue with the demo's settings.</summary>
    public DemoContentCultureCatalogue(IOptions<DemoOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cultures = SampleClinic.Cultures
            .Concat(DemoUsers.ByKey.Values.SelectMany(u => u.Cultures))
            .Concat(options.Value.AdditionalCultures)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(code => new ContentCulture(code, CultureInfo.GetCultureInfo(code).EnglishName))
            .ToArray();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContentCulture>> GetCulturesAsync(CancellationToken cancellationToken = default) => Task.FromResult(_cultures);
}
