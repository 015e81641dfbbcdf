using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Rendering;

/// <summary>The "page not found" page, in the language that was asked for when it is known.</summary>
/// <param name="Lang">Language of the page.</param>
/// <param name="Dir">Its writing direction.</param>
/// <param name="Labels">Interface texts in that language.</param>
/// <param name="HomeUrl">Where to go instead.</param>
public sealed record NotFoundViewModel(string Lang, string Dir, UiLabels Labels, string HomeUrl)
{
    /// <summary>The clinic's name and logo for the header.</summary>
    public SiteBranding Branding { get; init; } = new();

    /// <summary>The header: clinic and home link, no language switcher.</summary>
    public SiteHeaderViewModel Header => new(Dir, HomeUrl, Labels, Branding, []);

    /// <summary>The page for <paramref name="culture"/> (English when it is not a culture the labels cover), linking to <paramref name="homeUrl"/>.</summary>
    public static NotFoundViewModel For(string culture, string homeUrl, SiteBranding? branding = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(homeUrl);
        return new NotFoundViewModel(culture, WritingDirections.Of(culture).ToAttribute(), LabelCatalogue.For(culture), homeUrl) { Branding = branding ?? new SiteBranding() };
    }
}
