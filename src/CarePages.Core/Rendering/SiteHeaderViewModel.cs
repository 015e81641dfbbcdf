using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Rendering;

/// <summary>What every page's header shows: the clinic's name and logo linking to the culture's home, and the language switcher.</summary>
/// <param name="Dir">The page's writing direction.</param>
/// <param name="HomeUrl">The home page of the page's culture.</param>
/// <param name="Labels">Interface texts in the page's language.</param>
/// <param name="Branding">The clinic's name and logo.</param>
/// <param name="Alternates">The page in its other languages; empty for no switcher.</param>
public sealed record SiteHeaderViewModel(string Dir, string HomeUrl, UiLabels Labels, SiteBranding Branding, IReadOnlyList<AlternateLinkViewModel> Alternates);
