namespace CarePages.Core.Checks.Reports;

/// <summary>A logical place of a SARIF result: a document, a field of it.</summary>
/// <param name="Name">Its short name.</param>
/// <param name="FullyQualifiedName">Its full name.</param>
/// <param name="Kind">What it is: <c>property</c> for a field, <c>resource</c> for a document.</param>
public sealed record SarifLogicalLocation(string Name, string FullyQualifiedName, string Kind);
