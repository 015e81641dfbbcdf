namespace CarePages.Core.Audit;

/// <summary>One page of findings in the reader's language.</summary>
/// <param name="Total">How many findings match in all.</param>
/// <param name="Skip">How many were passed over.</param>
/// <param name="Items">This page's findings.</param>
public sealed record AuditFindingViewPage(int Total, int Skip, IReadOnlyList<AuditFindingView> Items);
