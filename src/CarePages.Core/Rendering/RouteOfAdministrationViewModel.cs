namespace CarePages.Core.Rendering;

/// <summary>A route of administration as patients read it, with the EDQM standard term it stands for.</summary>
/// <param name="Name">Plain name in the page's language, e.g. "Vía nasal".</param>
/// <param name="EdqmTerm">EDQM standard term (English), e.g. "Nasal use".</param>
/// <param name="EdqmCode">EDQM code, e.g. <c>20049000</c>; null for a value outside the controlled list.</param>
public sealed record RouteOfAdministrationViewModel(string Name, string EdqmTerm, string? EdqmCode);
