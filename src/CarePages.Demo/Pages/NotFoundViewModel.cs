using CarePages.Core.Rendering.Labels;

namespace CarePages.Demo.Pages;

/// <summary>The "page not found" page, in the language of the URL's culture segment when it names one.</summary>
/// <param name="Lang">Language of the page.</param>
/// <param name="Dir">Its writing direction.</param>
/// <param name="Labels">Interface texts in that language.</param>
/// <param name="HomeUrl">Where to go instead.</param>
public sealed record NotFoundViewModel(string Lang, string Dir, UiLabels Labels, string HomeUrl);
