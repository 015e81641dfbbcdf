namespace CarePages.Core.Rendering;

/// <summary>A link to another page, e.g. in the breadcrumb or a list of related pages.</summary>
/// <param name="Text">The link text: the target page's name.</param>
/// <param name="Url">Where the link goes.</param>
/// <param name="Lang">The language of the target page (its culture code).</param>
/// <param name="IsCurrent">True when the link is the page being shown.</param>
public sealed record LinkViewModel(string Text, string Url, string Lang, bool IsCurrent = false);
