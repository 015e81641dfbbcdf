namespace CarePages.Core.Rendering;

/// <summary>
/// Who publishes the pages, shown in every page's header: the clinic's name and logo. Bound from
/// <c>CarePages:Site</c> in an Umbraco site (and in the demo). Without a name the header says "Patient information" in
/// the page's language.
/// </summary>
public sealed class SiteBranding
{
    /// <summary>Longest clinic name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Longest logo text alternative accepted.</summary>
    public const int MaxAltLength = 150;

    /// <summary>The clinic's name, e.g. "Northfield Pain Clinic"; the same in every language. Default: none.</summary>
    public string? ClinicName { get; set; }

    /// <summary>The logo: a site path such as <c>/media/logo.svg</c> or an <c>https://</c> address. Default: none.</summary>
    public string? LogoUrl { get; set; }

    /// <summary>
    /// The logo's text alternative, needed only when there is no <see cref="ClinicName"/> (the logo is then the home link's
    /// only content); with a name beside it the logo is decorative and this is not used. Default: none.
    /// </summary>
    public string? LogoAlt { get; set; }

    /// <summary>The name the header shows: <see cref="ClinicName"/> trimmed, or null.</summary>
    public string? Name => string.IsNullOrWhiteSpace(ClinicName) ? null : ClinicName.Trim();

    /// <summary>The text alternative the logo gets: empty beside the clinic's name (decorative), else <see cref="LogoAlt"/>.</summary>
    public string LogoTextAlternative => Name is null ? LogoAlt?.Trim() ?? string.Empty : string.Empty;

    /// <summary>Every problem with these settings, each naming its key under <paramref name="section"/> (e.g. <c>CarePages:Site</c>).</summary>
    public IEnumerable<string> Problems(string section)
    {
        if (ClinicName is { Length: > MaxNameLength })
        {
            yield return $"{section}:ClinicName is longer than {MaxNameLength} characters.";
        }

        if (LogoAlt is { Length: > MaxAltLength })
        {
            yield return $"{section}:LogoAlt is longer than {MaxAltLength} characters.";
        }

        if (string.IsNullOrWhiteSpace(LogoUrl))
        {
            yield break;
        }

        if (!IsSafeLogoUrl(LogoUrl.Trim()))
        {
            yield return $"{section}:LogoUrl '{LogoUrl}' must be a path on the site (such as /media/logo.svg) or an https:// address.";
        }

        if (Name is null && string.IsNullOrWhiteSpace(LogoAlt))
        {
            yield return $"{section}:LogoAlt is needed when there is a logo and no ClinicName: the logo is then the only thing that names the home link.";
        }
    }

    private static bool IsSafeLogoUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? Uri.IsWellFormedUriString(url, UriKind.Relative)
            : Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps;
}
