using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;

namespace CarePages.Demo.Pages;

/// <summary>One culture's home page: every page in that culture, in its language and direction.</summary>
/// <param name="Culture">The culture, also the page's <c>lang</c>.</param>
/// <param name="Dir">Its writing direction.</param>
/// <param name="Labels">Interface texts in its language.</param>
/// <param name="Header">Clinic, home link and the other cultures' homes.</param>
/// <param name="Pages">Root pages, each with its children.</param>
public sealed record CultureHomeViewModel(string Culture, string Dir, UiLabels Labels, SiteHeaderViewModel Header, IReadOnlyList<HomePageNode> Pages);
