namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// Warns about a treatment route's patient-facing field that names another route of administration about as often as
/// its own, or names only another route and only once: it may be a comparison the word lists do not recognise, or the
/// start of a mix-up. Clear mismatches are <see cref="RouteTextMismatchRule"/>'s; see <see cref="RouteTextAnalysis"/>.
/// </summary>
public sealed class RouteTextMixedRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "route-text-mixed",
        DefaultSeverity = FindingSeverity.Warn,
        Parameters = RouteTextAnalysis.Parameters,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings) => RouteTextAnalysis.Report(context, findings, RouteTextKind.Mixed);
}
