using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// An image patients' screen readers meet must have a text alternative (ACT 23a2a8). Images marked decorative
/// (<c>alt=""</c>, <c>role="presentation"</c>/<c>none</c>) and hidden ones are left to other rules; the role is the
/// first one a browser recognises in the <c>role</c> attribute (<c>role="graphic img"</c> is an image, see <see cref="Roles.RecognisedRole"/>).
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
        ActLimitation = "Only the markup is read: images a script adds or moves into shadow DOM, and names that need a browser's accessibility tree "
            + "beyond attributes and text (CSS-generated content), are not seen, so such cases are missed.",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var element in context.Index.InOrder)
        {
            if (Roles.IsExposedImage(element) && !Visibility.IsHidden(element) && AccessibleName.Of(element).Length == 0)
            {
                findings.Report(element);
            }
        }
    }
}
