using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// A non-empty <c>lang</c> attribute inside the body must start with a registered language subtag (ACT de46e4), or screen readers
/// read its text with the wrong voice. Only a <c>lang</c> that decides the language of some text counts: text that is visible or in
/// the accessibility tree (text under <c>aria-hidden</c> is still seen; text under <c>hidden</c> or an inline <c>display: none</c> is
/// not), or an image's alternative text, with no nearer <c>lang</c> in between. A blank value (only spaces) fails too. The page's
/// <c>html</c> element is left to the page-language rules.
/// </summary>
public sealed class LangInvalidRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "lang-invalid",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["3.1.2"],
        ActRule = "de46e4",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var element in context.Index.InOrder)
        {
            var lang = ElementAttributes.ValueOf(element, "lang");
            if (string.IsNullOrEmpty(lang) || element.LocalName == "html" || LanguageSubtags.IsValid(lang)
                || !InRenderedBody(element) || !HasTextInheritingLanguage(element))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(lang))
            {
                findings.Report(element, "blank");
            }
            else if (LanguageSubtags.TwoLetterFor(lang) is { } suggestion)
            {
                findings.Report(element, "three-letter", new Dictionary<string, string> { ["value"] = lang, ["suggestion"] = suggestion });
            }
            else
            {
                findings.Report(element, arguments: new Dictionary<string, string> { ["value"] = lang });
            }
        }
    }

    private static bool InRenderedBody(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == "body")
            {
                return true;
            }

            if (Rendered.IsNot(current))
            {
                return false;
            }
        }

        return false;
    }

    // Some text, or an image's alternative, whose language this element's lang decides.
    private static bool HasTextInheritingLanguage(IElement element)
    {
        var stack = new Stack<(INode Node, bool AriaHidden)>();
        foreach (var child in ChildrenOf.LastFirst(element))
        {
            stack.Push((child, false));
        }

        while (stack.Count > 0)
        {
            var (node, ariaHidden) = stack.Pop();
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return true;
                }

                continue;
            }

            if (node is not IElement child || child.HasAttribute("lang") || Rendered.IsNot(child))
            {
                continue;
            }

            ariaHidden |= string.Equals(child.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (!ariaHidden && (HasName(child, "aria-label") || (child.LocalName is "img" or "area" or "input" && HasName(child, "alt"))))
            {
                return true;
            }

            foreach (var grandChild in ChildrenOf.LastFirst(child))
            {
                stack.Push((grandChild, ariaHidden));
            }
        }

        return false;
    }

    private static bool HasName(IElement element, string attribute) =>
        !string.IsNullOrWhiteSpace(element.GetAttribute(attribute)) && Roles.ExplicitRole(element) is not ("none" or "presentation");
}
