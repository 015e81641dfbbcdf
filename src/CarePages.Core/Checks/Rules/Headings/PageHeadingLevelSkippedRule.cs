using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>
/// Headings on a whole rendered page must not skip levels, counted from the page's own H1: headings before the first H1 (a site
/// header, say) are left out, and each heading after it may be at most one level below the heading before it. A page without an H1
/// is counted from its first heading. A warning, because the page's template owns most of its headings.
/// </summary>
public sealed class PageHeadingLevelSkippedRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "page-heading-level-skipped",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.3.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Page;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var headings = HeadingOutline.Exposed(context).ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var start = headings.FindIndex(h => h.Level == 1);
        var outline = start < 0 ? headings : headings.GetRange(start, headings.Count - start);
        HeadingOutline.ReportSkips(outline, outline[0].Level, null, findings);
    }
}
