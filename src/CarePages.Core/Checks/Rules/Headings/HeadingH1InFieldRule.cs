namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>
/// A rich-text field must not contain an H1 (or <c>role="heading"</c> with <c>aria-level="1"</c>): the template already renders the
/// page title as the page's only H1, and a second one makes the field look like the start of another page.
/// </summary>
public sealed class HeadingH1InFieldRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "heading-h1-in-field",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.3.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.RichTextField;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var (heading, level) in HeadingOutline.Exposed(context))
        {
            if (level == 1)
            {
                findings.Report(heading);
            }
        }
    }
}
