using CarePages.Core.Rendering;

namespace CarePages.Demo.Pages;

/// <summary>The demo's root: a language chooser linking each culture's home page.</summary>
/// <param name="Cultures">One group per culture, the source culture first.</param>
/// <param name="Header">The clinic's name and logo, in English (the chooser's own language).</param>
public sealed record HomeViewModel(IReadOnlyList<HomeCultureGroup> Cultures, SiteHeaderViewModel Header);
