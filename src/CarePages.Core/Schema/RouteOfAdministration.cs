namespace CarePages.Core.Schema;

/// <summary>A route of administration from the controlled list, mapped to its EDQM standard term.</summary>
/// <param name="Code">Stable code used in URLs and vocabularies, e.g. <c>intranasal</c>.</param>
/// <param name="EdqmTerm">EDQM Standard Terms name, which is also the value stored in Umbraco, e.g. "Nasal use".</param>
/// <param name="EdqmCode">EDQM Standard Terms code, e.g. <c>20049000</c>.</param>
public sealed record RouteOfAdministration(string Code, string EdqmTerm, string EdqmCode);
