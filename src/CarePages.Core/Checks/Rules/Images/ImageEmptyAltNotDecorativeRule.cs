using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// An <c>img</c> with <c>alt=""</c> that nobody marked decorative. An empty alternative hides the image from screen
/// readers, which is right for decoration but is also what a forgotten description looks like, so CarePages asks editors
/// to say which it is. Warns with a hint to describe the image or mark it decorative.
/// </summary>
/// <remarks>
/// <para>
/// "Marked decorative" means one of: <c>data-decorative="true"</c> (or the bare attribute), the mark CarePages asks editors
/// and templates to set and which survives the rich-text editor because it keeps <c>data-*</c> attributes;
/// <c>role="presentation"</c> or <c>role="none"</c>; <c>aria-hidden="true"</c> on the image or an ancestor. Templates
/// can use any of them; in rich text the data attribute is the one to rely on.
/// </para>
/// <para>
/// Not reported: images inside a link or button (an icon beside the control's words rightly has <c>alt=""</c>; a control
/// with no words at all is <c>link-name-missing</c>'s finding), images given a name with <c>aria-label</c> or
/// <c>aria-labelledby</c>, and hidden images. Not mapped to an ACT rule: an empty <c>alt</c> passes ACT 23a2a8, and this is a
/// CarePages editorial policy on top of it.
/// </para>
/// </remarks>
public sealed class ImageEmptyAltNotDecorativeRule : IMarkupRule
{
    /// <summary>The attribute editors and templates set to mark an image decorative.</summary>
    public const string DecorativeAttribute = "data-decorative";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "image-empty-alt-not-decorative",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.1.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var element in context.Index.InOrder)
        {
            if (element.LocalName == "img" && element.GetAttribute("alt") is { Length: 0 } && Roles.ExplicitRole(element) is null
                && !HasDecorativeAttribute(element) && !IsNamed(element) && !IsInsideControl(element) && !Html.Visibility.IsHidden(element))
            {
                findings.Report(element);
            }
        }
    }

    private static bool HasDecorativeAttribute(IElement image) =>
        image.GetAttribute(DecorativeAttribute) is { } mark && (mark.Length == 0 || string.Equals(mark.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    private static bool IsNamed(IElement image) =>
        !string.IsNullOrWhiteSpace(image.GetAttribute("aria-label")) || !string.IsNullOrWhiteSpace(image.GetAttribute("aria-labelledby"));

    private static bool IsInsideControl(IElement image)
    {
        for (var ancestor = image.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (Roles.RoleOf(ancestor) is "link" or "button")
            {
                return true;
            }
        }

        return false;
    }
}
