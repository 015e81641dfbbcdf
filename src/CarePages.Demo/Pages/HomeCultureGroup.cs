namespace CarePages.Demo.Pages;

/// <summary>Every page in one culture, for the demo's home page.</summary>
/// <param name="Culture">Culture code, e.g. <c>es-ES</c>.</param>
/// <param name="NativeName">The language named in itself.</param>
/// <param name="Dir">Its writing direction.</param>
/// <param name="Heading">"All pages" in that language.</param>
/// <param name="Pages">Root pages, each with its children.</param>
public sealed record HomeCultureGroup(string Culture, string NativeName, string Dir, string Heading, IReadOnlyList<HomePageNode> Pages);
