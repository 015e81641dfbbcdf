namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Line height set inline with <c>!important</c> below 1.5 times the font size, on text that wraps, stops readers who
/// need more space from overriding it (WCAG 1.4.12, ACT 78fd32). A warning, as the reference's block list leaves text
/// spacing out; settings can raise it. The value is read in em, %, plain numbers, <c>normal</c>, and px or pt when the
/// font size is known from inline styles.
/// </summary>
public sealed class StyleLineHeightRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "style-line-height",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.4.12"],
        ActRule = "78fd32",
        ActLimitation = ImportantSpacing.Limitation,
        Parameters = [ImportantSpacing.MinimumParameter("1.5", "Lowest line height, as a multiple of the font size (WCAG 1.4.12: 1.5).")],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings) =>
        ImportantSpacing.Check(context, findings, state => state.LineHeight, onlyWhenWrapping: true);
}
