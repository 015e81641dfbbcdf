namespace CarePages.Core.Audit;

/// <summary>How the stored findings of one version divide up, for the dashboard's summary.</summary>
/// <param name="Documents">How many documents are audited.</param>
/// <param name="Cultures">Per culture: pages audited, pages with blockers, and findings per severity.</param>
/// <param name="Rules">Per rule id and severity: how many findings.</param>
/// <param name="ContentTypes">Per document type: pages audited and pages with blockers.</param>
public sealed record AuditCounts(
    int Documents,
    IReadOnlyList<AuditCultureCount> Cultures,
    IReadOnlyList<AuditRuleCount> Rules,
    IReadOnlyList<AuditContentTypeCount> ContentTypes);
