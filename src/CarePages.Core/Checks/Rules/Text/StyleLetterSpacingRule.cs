namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Letter spacing (tracking) set inline with <c>!important</c> below 0.12 times the font size stops readers who need
/// more space from overriding it (WCAG 1.4.12, ACT 24afc2). A warning, as the reference's block list leaves text
/// spacing out; settings can raise it. The value is read in em, %, plain numbers, <c>normal</c>, and px or pt when the
/// font size is known from inline styles.
/// </summary>
public sealed class StyleLetterSpacingRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "style-letter-spacing",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.4.12"],
        ActRule = "24afc2",
        ActLimitation = ImportantSpacing.Limitation,
        Parameters = [ImportantSpacing.MinimumParameter("0.12", "Lowest letter spacing, as a multiple of the font size (WCAG 1.4.12: 0.12).")],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings) =>
        ImportantSpacing.Check(context, findings, state => state.LetterSpacing, onlyWhenWrapping: false);
}
