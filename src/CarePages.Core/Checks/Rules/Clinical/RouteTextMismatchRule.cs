namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A treatment route's patient-facing text must describe its own route of administration: "How it works" on the
/// intranasal page must not explain an injection into a muscle (the article's swapped texts). Blocks a field that names
/// another route clearly more often than its own; see <see cref="RouteTextAnalysis"/> for how mentions are weighed and
/// comparisons ("unlike the injection …") left out. Fields that are only mixed are left to <see cref="RouteTextMixedRule"/>.
/// </summary>
public sealed class RouteTextMismatchRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "route-text-mismatch",
        DefaultSeverity = FindingSeverity.Block,
        Parameters = RouteTextAnalysis.Parameters,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings) => RouteTextAnalysis.Report(context, findings, RouteTextKind.Mismatch);
}
