namespace CarePages.Demo.Pages;

/// <summary>Every page in one culture, for that culture's home page and the language chooser.</summary>
/// <param name="Culture">Culture code, e.g. <c>es-ES</c>.</param>
/// <param name="NativeName">The language named in itself.</param>
/// <param name="Dir">Its writing direction.</param>
/// <param name="Url">The culture's home page, e.g. <c>/es-es/</c>.</param>
/// <param name="Pages">Root pages, each with its children.</param>
public sealed record HomeCultureGroup(string Culture, string NativeName, string Dir, string Url, IReadOnlyList<HomePageNode> Pages);
