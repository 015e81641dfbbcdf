using CarePages.Core.Text;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Ports;

/// <summary>
/// The site's content cultures, for resolving a culture a request names: <c>es-es</c> is the site's <c>es-ES</c>, and a
/// name the site does not have is refused rather than written into content, jobs or states in a second spelling.
/// </summary>
public sealed class SiteCultures
{
    private readonly IReadOnlyList<string> _codes;

    private SiteCultures(IReadOnlyList<string> codes) => _codes = codes;

    /// <summary>The site's cultures, from <paramref name="catalogue"/>.</summary>
    public static async Task<SiteCultures> LoadAsync(IContentCultureCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new SiteCultures((await catalogue.GetCulturesAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.IsoCode).ToArray());
    }

    /// <summary>The site's cultures, listed for a message: <c>en-GB, es-ES, ar</c>.</summary>
    public string Names => string.Join(", ", _codes);

    /// <summary>The site's spelling of <paramref name="culture"/>, or null when the site has no such culture.</summary>
    public string? Resolve(string? culture) =>
        culture is null ? null : _codes.FirstOrDefault(code => string.Equals(code, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// As <see cref="Resolve"/>, and also a bare language one of the site's cultures is a form of (<c>ES</c> → <c>es</c>
    /// for <c>es-ES</c>), as glossary and memory pairs may name one.
    /// </summary>
    public string? ResolveLanguage(string? culture) =>
        Resolve(culture) ?? (culture is not null && CultureNames.IsBareLanguage(culture) && _codes.FirstOrDefault(code => LanguagePair.CultureCovers(culture, code)) is { } covered
            ? CultureNames.LanguageOf(covered)
            : null);

    /// <summary>Why <paramref name="culture"/> is refused, naming the site's cultures.</summary>
    public ExchangeNote Unknown(string? culture) => ExchangeNote.Keyed(ApiMessages.UnknownCulture, ("culture", culture ?? string.Empty), ("cultures", Names));
}
