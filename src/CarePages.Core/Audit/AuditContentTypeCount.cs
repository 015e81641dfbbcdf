namespace CarePages.Core.Audit;

/// <summary>One document type's share of the audited pages.</summary>
/// <param name="ContentTypeAlias">The document type.</param>
/// <param name="Pages">How many document × culture pages were audited.</param>
/// <param name="PagesWithBlockers">How many of them have at least one blocking finding.</param>
public sealed record AuditContentTypeCount(string ContentTypeAlias, int Pages, int PagesWithBlockers);
