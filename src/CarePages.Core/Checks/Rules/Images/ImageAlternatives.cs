using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// The text alternatives editors wrote for the images screen readers announce: <c>img</c> (unless its role hides it),
/// <c>input type="image"</c>, <c>area href</c> and any <c>role="img"</c> element. The written text is <c>aria-label</c>
/// when given (it wins over <c>alt</c>), else <c>alt</c>. Images named by <c>aria-labelledby</c> take their name from text
/// elsewhere on the page and are left out, as are hidden ones.
/// </summary>
internal static class ImageAlternatives
{
    /// <summary>
    /// Each announced image with a non-blank written alternative, whitespace collapsed, in document order; found once per
    /// field or page and shared by the image rules.
    /// </summary>
    public static IReadOnlyList<(IElement Image, string Text)> Of(MarkupContext context) =>
        context.Shared<IReadOnlyList<(IElement Image, string Text)>>(static c => Find(c).ToList());

    private static IEnumerable<(IElement Image, string Text)> Find(MarkupContext context)
    {
        var hidden = context.Shared(static _ => new HiddenElements());
        foreach (var element in context.Index.Elements)
        {
            if (!IsAnnouncedImage(element) || !string.IsNullOrWhiteSpace(element.GetAttribute("aria-labelledby")))
            {
                continue;
            }

            var text = element.GetAttribute("aria-label");
            if (string.IsNullOrWhiteSpace(text))
            {
                text = element.GetAttribute("alt");
            }

            if (!string.IsNullOrWhiteSpace(text) && !hidden.IsHidden(element))
            {
                yield return (element, WhiteSpaceRuns.Collapse(text));
            }
        }
    }

    private static bool IsAnnouncedImage(IElement element)
    {
        var role = Roles.ExplicitRole(element);
        return role == "img" || (role is null && element.LocalName switch
        {
            "img" => true,
            "input" => string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase),
            "area" => element.HasAttribute("href"),
            _ => false,
        });
    }
}
