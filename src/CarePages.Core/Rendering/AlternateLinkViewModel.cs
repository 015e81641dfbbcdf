namespace CarePages.Core.Rendering;

/// <summary>The same page in one of its languages, for the language switcher and hreflang links.</summary>
/// <param name="Culture">Culture code, e.g. <c>es-ES</c>; also the lang and hreflang value.</param>
/// <param name="NativeName">The language named in itself, e.g. "Español (España)".</param>
/// <param name="Dir">Text direction of that language: <c>ltr</c> or <c>rtl</c>.</param>
/// <param name="Url">The page's URL in that language.</param>
/// <param name="IsCurrent">True for the language being shown.</param>
public sealed record AlternateLinkViewModel(string Culture, string NativeName, string Dir, string Url, bool IsCurrent);
