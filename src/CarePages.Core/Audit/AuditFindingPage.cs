namespace CarePages.Core.Audit;

/// <summary>One page of stored findings.</summary>
/// <param name="Total">How many findings match the query in all.</param>
/// <param name="Items">The findings of this page.</param>
public sealed record AuditFindingPage(int Total, IReadOnlyList<AuditFindingRow> Items);
