using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// An image patients' screen readers meet must have a text alternative (ACT 23a2a8). Images marked decorative
/// (<c>alt=""</c>, <c>role="presentation"</c>/<c>none</c>) and hidden ones are left to other rules.
/// </summary>
public sealed class ImageAltMissingRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "image-alt-missing",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.1.1"],
        ActRule = "23a2a8",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var element in context.Index.Elements)
        {
            var isImage = (element.LocalName == "img" && Roles.ExplicitRole(element) is null or "img") || Roles.ExplicitRole(element) == "img";
            if (isImage && !Visibility.IsMarkedDecorative(element) && !Visibility.IsHidden(element) && AccessibleName.Of(element).Length == 0)
            {
                findings.Report(element);
            }
        }
    }
}
