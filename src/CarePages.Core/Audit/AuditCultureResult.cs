using CarePages.Core.Checks;

namespace CarePages.Core.Audit;

/// <summary>The audit of one culture of one version of a document, with the fingerprint of the content it was made from.</summary>
/// <param name="Culture">The culture checked.</param>
/// <param name="Version">Draft or published.</param>
/// <param name="Fingerprint">The <see cref="AuditFingerprint"/> of the culture's content and its source's.</param>
/// <param name="DocumentName">The document's name in <paramref name="Culture"/>.</param>
/// <param name="ReviewedOn">The clinical review date, when the page records one.</param>
/// <param name="NextReviewDue">The next review due date, when the page records one.</param>
/// <param name="Findings">Every finding, in the engine's order.</param>
public sealed record AuditCultureResult(
    string Culture,
    AuditedVersion Version,
    string Fingerprint,
    string DocumentName,
    DateOnly? ReviewedOn,
    DateOnly? NextReviewDue,
    IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>How many findings are of <paramref name="severity"/>.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);
}
