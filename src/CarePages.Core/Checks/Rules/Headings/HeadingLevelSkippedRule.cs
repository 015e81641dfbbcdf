namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>
/// Headings inside a rich-text field must not skip levels. The template renders the page title as the H1 and a section heading
/// (<see cref="MarkupContext.SectionHeadingLevel"/>, H2 by default) above the field, so the field's first heading may be at most one
/// level below that section heading, and each later heading at most one level below the heading before it. Going back up is fine.
/// </summary>
public sealed class HeadingLevelSkippedRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "heading-level-skipped",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.3.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.RichTextField;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings) =>
        HeadingOutline.ReportSkips(HeadingOutline.Exposed(context), context.SectionHeadingLevel, "first", findings);
}
