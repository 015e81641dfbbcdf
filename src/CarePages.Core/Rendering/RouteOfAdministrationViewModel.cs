namespace CarePages.Core.Rendering;

/// <summary>A route of administration as patients read it, with the EDQM standard term it stands for.</summary>
/// <param name="Name">Plain name in the page's language, e.g. "Vía nasal".</param>
/// <param name="EdqmTerm">EDQM standard term in the page's language where EDQM publishes one (e.g. "Voie nasale"), else in English ("Nasal use").</param>
/// <param name="EdqmCode">EDQM code, e.g. <c>20049000</c>; null for a value outside the controlled list.</param>
/// <param name="EdqmTermLang">
/// The language of <paramref name="EdqmTerm"/> (<c>en</c>) when it is not the page's, so the page can mark and isolate it;
/// null when it is in the page's language.
/// </param>
public sealed record RouteOfAdministrationViewModel(string Name, string EdqmTerm, string? EdqmCode, string? EdqmTermLang = null);
