namespace CarePages.Core.Documents;

/// <summary>A reference by key, as Umbraco's Management API writes it: <c>{ "id": "…" }</c>.</summary>
/// <param name="Id">The referenced item's key.</param>
public sealed record ReferenceById(Guid Id);
